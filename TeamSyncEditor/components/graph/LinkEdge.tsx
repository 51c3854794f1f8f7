import * as React from "react";
import { BaseEdge, EdgeLabelRenderer, EdgeProps, getBezierPath } from "@xyflow/react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";
import { LinkFlowEdge } from "./graphTypes";

const useStyles = makeStyles({
    label: {
        position: "absolute",
        pointerEvents: "all",
        fontSize: tokens.fontSizeBase100,
        padding: `0 ${tokens.spacingHorizontalXXS}`,
        borderRadius: tokens.borderRadiusSmall,
        backgroundColor: tokens.colorNeutralBackground1,
        color: tokens.colorNeutralForeground2,
        border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
        whiteSpace: "nowrap",
    },
    error: { color: tokens.colorPaletteRedForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}` },
    selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
});

/**
 * A link, readable without colour: arrowheads at one end (One-way) or both (Bidirectional, with
 * "↔"), dashes and "inactive" when it does nothing, its order, its role, and an error mark.
 */
export const LinkEdge: React.FC<EdgeProps<LinkFlowEdge>> = (props) => {
    const { id, data, selected, markerStart, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
    const getString = useStrings();
    const styles = useStyles();
    const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
    if (!data) return null;
    const { link, roleName, hasError } = data;
    const parts = [
        hasError ? `\u26A0 ${getString("Editor_Severity_Error")}` : null,
        link.direction === "bidirectional" ? "\u2194" : null,
        link.order === null ? null : format(getString("Editor_Edge_Order"), link.order),
        roleName === null ? null : format(getString("Editor_Edge_Role"), roleName),
        link.active ? null : getString("Editor_Edge_Inactive"),
    ].filter((part): part is string => part !== null);
    const stroke = hasError ? tokens.colorPaletteRedForeground1 : selected ? tokens.colorBrandStroke1 : tokens.colorNeutralStroke1;
    return (
        <>
            <BaseEdge
                id={id}
                path={path}
                markerStart={markerStart}
                markerEnd={markerEnd}
                style={{ stroke, strokeWidth: selected ? 3 : 1.5, strokeDasharray: link.active ? undefined : "6 4" }}
            />
            {parts.length > 0 && (
                <EdgeLabelRenderer>
                    <div
                        className={mergeClasses(styles.label, hasError && styles.error, selected && styles.selected)}
                        style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
                    >
                        {parts.join(" \u00B7 ")}
                    </div>
                </EdgeLabelRenderer>
            )}
        </>
    );
};
