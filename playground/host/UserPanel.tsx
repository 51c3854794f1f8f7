import * as React from "react";
import type { OrgView } from "./orgView";
import type { ManualChange } from "./plugin/runPlugin";

interface UserPanelProps {
    view: OrgView;
    userId: string;
    onSelectUser(userId: string): void;
    onChange(change: ManualChange): void;
}

/** Membership and roles of one user, changed by hand: each change runs the simulated plugin. */
export const UserPanel: React.FC<UserPanelProps> = ({ view, userId, onSelectUser, onChange }) => {
    const [teamToAdd, setTeamToAdd] = React.useState("");
    const user = view.users.find((candidate) => candidate.id === userId);
    const teams = user ? view.teamsOfUser(user.id) : new Map<string, string>();
    const roles = user ? view.rolesOfUser(user.id) : new Set<string>();
    const addable = view.teams.filter((team) => !teams.has(team.id));
    const chosenTeam = addable.some((team) => team.id === teamToAdd) ? teamToAdd : "";

    return (
        <section className="panel" aria-labelledby="user-panel-title">
            <h2 id="user-panel-title">Users</h2>
            <label className="field">
                <span>User</span>
                <select value={user?.id ?? ""} onChange={(event) => onSelectUser(event.target.value)}>
                    {view.users.map((candidate) => (
                        <option key={candidate.id} value={candidate.id}>
                            {candidate.name}
                        </option>
                    ))}
                </select>
            </label>
            {user && (
                <>
                    <h3 id="user-teams-title">Teams of {user.name}</h3>
                    <ul className="team-list" aria-labelledby="user-teams-title">
                        {[...teams]
                            .map(([teamId, provenance]) => ({ id: teamId, name: view.teamName(teamId), provenance }))
                            .sort((a, b) => a.name.localeCompare(b.name))
                            .map((team) => (
                                <li key={team.id}>
                                    <span className="team-name">{team.name}</span>
                                    <span className="provenance">{team.provenance}</span>
                                    <button
                                        type="button"
                                        onClick={() => onChange({ kind: "leave", user: user.id, team: team.id })}
                                        aria-label={`Remove ${user.name} from ${team.name}`}
                                    >
                                        Remove
                                    </button>
                                </li>
                            ))}
                    </ul>
                    <form
                        className="add-team"
                        onSubmit={(event) => {
                            event.preventDefault();
                            if (chosenTeam !== "") onChange({ kind: "join", user: user.id, team: chosenTeam });
                        }}
                    >
                        <label className="field">
                            <span>Add to team</span>
                            <select value={chosenTeam} onChange={(event) => setTeamToAdd(event.target.value)}>
                                <option value="">Choose a team…</option>
                                {addable.map((team) => (
                                    <option key={team.id} value={team.id}>
                                        {team.name}
                                    </option>
                                ))}
                            </select>
                        </label>
                        <button type="submit" disabled={chosenTeam === ""}>
                            Add
                        </button>
                    </form>
                    <fieldset className="roles">
                        <legend>Security roles of {user.name}</legend>
                        {view.roles.map((role) => (
                            <label key={role.id}>
                                <input
                                    type="checkbox"
                                    checked={roles.has(role.id)}
                                    onChange={(event) =>
                                        onChange({
                                            kind: event.target.checked ? "giveRole" : "takeRole",
                                            user: user.id,
                                            role: role.id,
                                        })
                                    }
                                />
                                {role.name}
                            </label>
                        ))}
                    </fieldset>
                </>
            )}
        </section>
    );
};
