import * as React from "react";
import * as ReactDOM from "react-dom";
import { HostApp } from "./HostApp";
import { parseResx } from "./resx";

/** Loads the control's strings as the platform would, then renders the playground. */
async function start(): Promise<void> {
    const root = document.getElementById("playground-root");
    if (root === null) throw new Error("The page has no #playground-root.");
    const response = await fetch("control/strings/TeamSyncEditor.1033.resx");
    if (!response.ok) throw new Error(`Could not load the control's strings: HTTP ${response.status}.`);
    ReactDOM.render(<HostApp strings={parseResx(await response.text())} />, root);
}

void start();
