import * as React from "react";
import type { LogEntryView } from "./orgView";

const SHOWN = 100;

/** The newest `nw_teamsynclog` rows: what changed, why (manual or sync) and along which path. */
export const LogView: React.FC<{ log: LogEntryView[] }> = ({ log }) => (
    <section className="panel log" aria-labelledby="log-title">
        <h2 id="log-title">Sync log</h2>
        <p className="hint">
            {log.length > SHOWN ? `The newest ${SHOWN} of ${log.length} rows.` : `${log.length} rows.`}
        </p>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Sync log rows">
            <table aria-labelledby="log-title">
                <thead>
                    <tr>
                        <th scope="col">User</th>
                        <th scope="col">Team</th>
                        <th scope="col">Operation</th>
                        <th scope="col">Cause</th>
                        <th scope="col">Path</th>
                        <th scope="col">Outcome</th>
                        <th scope="col">When</th>
                    </tr>
                </thead>
                <tbody>
                    {log.slice(0, SHOWN).map((entry) => (
                        <tr key={entry.id}>
                            <td>{entry.user}</td>
                            <td>{entry.team}</td>
                            <td>{entry.operation}</td>
                            <td>{entry.cause}</td>
                            <td>{entry.path}</td>
                            <td>{entry.outcome}</td>
                            <td>
                                <time dateTime={entry.createdOn}>{entry.createdOn.replace("T", " ").slice(0, 19)}</time>
                            </td>
                        </tr>
                    ))}
                </tbody>
            </table>
        </div>
    </section>
);
