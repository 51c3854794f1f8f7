import * as React from "react";
import { NodeProps } from "@xyflow/react";
import { Button } from "@fluentui/react-components";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";
import { MoreFlowNode, NODE_HEIGHT, NODE_WIDTH } from "./graphTypes";

/** "+N more": the teams within the depth that the node limit left out; pressing it shows more. */
export const MoreNode: React.FC<NodeProps<MoreFlowNode>> = ({ data }) => {
    const getString = useStrings();
    return (
        <Button style={{ width: NODE_WIDTH, height: NODE_HEIGHT }} onClick={data.onExpand}>
            {format(getString("Editor_More"), data.hidden)}
        </Button>
    );
};
