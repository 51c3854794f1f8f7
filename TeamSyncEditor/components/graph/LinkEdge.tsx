import * as React from "react";
import { BaseEdge, EdgeLabelRenderer, EdgeProps, getBezierPath } from "@xyflow/react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { LinkFlowEdge } from "./graphTypes";
import { pointOnLink } from "../viewModel/edgeLabels";

const useStyles = makeStyles({
    label: {
        position: "absolute",
        pointerEvents: "all",
        fontSize: tokens.fontSizeBase200,
        lineHeight: tokens.lineHeightBase200,
        padding: `0 ${tokens.spacingHorizontalXXS}`,
        borderRadius: tokens.borderRadiusSmall,
        backgroundColor: tokens.colorNeutralBackground1,
        color: tokens.colorNeutralForeground2,
        border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
        whiteSpace: "nowrap",
    },
    error: {
        color: tokens.colorPaletteRedForeground1,
        border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    },
    selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
});

/**
 * A link, readable without colour: an arrowhead at the child (One-way) or at both ends
 * (Bidirectional, with "↔"), dashes and "inactive" when it does nothing, its order, its role, and
 * an error mark; the label sits where GraphView found room for it.
 */
export const LinkEdge: React.FC<EdgeProps<LinkFlowEdge>> = (props) => {
    const {
        id,
        data,
        selected,
        markerStart,
        markerEnd,
        sourceX,
        sourceY,
        targetX,
        targetY,
        sourcePosition,
        targetPosition,
    } = props;
    const styles = useStyles();
    const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
    if (!data) return null;
    const { link, label, labelAt, hasError } = data;
    const at = pointOnLink({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, labelAt);
    const stroke = hasError
        ? tokens.colorPaletteRedForeground1
        : selected
          ? tokens.colorBrandStroke1
          : tokens.colorNeutralStroke1;
    return (
        <>
            <BaseEdge
                id={id}
                path={path}
                markerStart={markerStart}
                markerEnd={markerEnd}
                style={{ stroke, strokeWidth: selected ? 3 : 1.5, strokeDasharray: link.active ? undefined : "6 4" }}
            />
            {label !== null && (
                <EdgeLabelRenderer>
                    <div
                        aria-hidden="true"
                        className={mergeClasses(styles.label, hasError && styles.error, selected && styles.selected)}
                        style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
                    >
                        {label}
                    </div>
                </EdgeLabelRenderer>
            )}
        </>
    );
};
