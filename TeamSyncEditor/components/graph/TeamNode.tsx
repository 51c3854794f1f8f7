import * as React from "react";
import { Handle, NodeProps, Position } from "@xyflow/react";
import { Badge, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useStrings } from "../StringsContext";
import { NODE_HEIGHT, NODE_WIDTH, TeamFlowNode } from "./graphTypes";

const useStyles = makeStyles({
    root: {
        width: `${NODE_WIDTH}px`,
        height: `${NODE_HEIGHT}px`,
        boxSizing: "border-box",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        alignItems: "center",
        padding: tokens.spacingHorizontalXS,
        borderRadius: tokens.borderRadiusMedium,
        border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
        backgroundColor: tokens.colorNeutralBackground1,
        color: tokens.colorNeutralForeground1,
    },
    current: { border: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
    highlighted: {
        outline: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteRedBorder2}`,
        outlineOffset: "2px",
    },
    name: { maxWidth: "100%", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/**
 * A team: its name, "This team" on the current one, a badge on a managed team. Its top point takes
 * links from parents, its bottom point starts links to children; both are named, and pressed from
 * the keyboard as by a click.
 */
export const TeamNode: React.FC<NodeProps<TeamFlowNode>> = ({ data, isConnectable }) => {
    const getString = useStrings();
    const styles = useStyles();
    // A connection point works by two presses (connect on click): Enter or Space presses it from the keyboard.
    const point = (name: string) =>
        isConnectable
            ? {
                  role: "button",
                  tabIndex: 0,
                  "aria-label": name,
                  title: name,
                  onKeyDown: (event: React.KeyboardEvent<HTMLDivElement>) => {
                      if (event.key !== "Enter" && event.key !== " ") return;
                      event.preventDefault();
                      event.stopPropagation();
                      event.currentTarget.click();
                  },
              }
            : { "aria-hidden": true };
    return (
        <div
            className={mergeClasses(
                styles.root,
                data.isCurrent && styles.current,
                data.highlighted && styles.highlighted,
            )}
        >
            <Handle type="target" position={Position.Top} {...point(data.parentHandleName)} />
            <Text className={styles.name} weight={data.isCurrent ? "semibold" : "regular"} title={data.name}>
                {data.name}
            </Text>
            {data.isCurrent && <Text size={200}>{getString("Editor_ThisTeam")}</Text>}
            {data.badge && (
                <Badge appearance="outline" size="small">
                    {getString(data.badge)}
                </Badge>
            )}
            <Handle type="source" position={Position.Bottom} {...point(data.childHandleName)} />
        </div>
    );
};
