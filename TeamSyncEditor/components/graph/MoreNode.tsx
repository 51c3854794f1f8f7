import * as React from "react";
import { NodeProps } from "@xyflow/react";
import { Button } from "@fluentui/react-components";
import { MoreFlowNode, NODE_HEIGHT, NODE_WIDTH } from "./graphTypes";

/** "+N more": teams left out of the drawing (past the legible number, or the node limit); pressing it shows them. */
export const MoreNode: React.FC<NodeProps<MoreFlowNode>> = ({ data }) => (
    <Button style={{ width: NODE_WIDTH, height: NODE_HEIGHT }} onClick={data.onExpand}>
        {data.label}
    </Button>
);
