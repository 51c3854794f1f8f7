import * as React from "react";
import { Text } from "@fluentui/react-components";
import { validate } from "../engine/validate";
import { DEFAULT_SETTINGS } from "../engine/types";

export interface TeamSyncRootProps {
    teamName: string;
    height: number;
    getString: (key: string) => string;
}

/** Shell root: the team's name and the engine's validation of an empty graph (the editor replaces it). */
export const TeamSyncRoot: React.FC<TeamSyncRootProps> = ({ teamName, height, getString }) => {
    const issues = React.useMemo(() => validate({ teams: [], configs: [], roles: [] }, DEFAULT_SETTINGS), []);
    return (
        <div style={{ height, width: "100%" }}>
            <Text as="h2" weight="semibold">{getString("Shell_Title").replace("{0}", teamName)}</Text>
            <Text as="p">{issues.length === 0 ? getString("Shell_NoIssues") : getString("Shell_IssueCount").replace("{0}", String(issues.length))}</Text>
        </div>
    );
};
