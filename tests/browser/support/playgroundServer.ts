import { spawn, ChildProcess } from "node:child_process";
import path from "node:path";

export interface RunningServer {
    url: string;
    stop(): Promise<void>;
}

const root = path.resolve(__dirname, "..", "..", "..");

/**
 * Starts a server script on a free port (`--port 0`: the OS picks one) and resolves with the URL it
 * prints. `args` are extra arguments, e.g. `--no-build` when the control was built already.
 */
export function startServer(
    script: string,
    args: string[],
    urlPattern: RegExp,
    timeoutMs = 120_000,
): Promise<RunningServer> {
    const child = spawn(process.execPath, [path.join(root, script), "--port", "0", ...args], {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true" },
    });
    let output = "";
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            stopChild(child);
            reject(new Error(`${script} printed no URL within ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        const onData = (chunk: Buffer) => {
            output += chunk.toString();
            const match = urlPattern.exec(output);
            if (match) {
                clearTimeout(timer);
                resolve({ url: match[1], stop: () => stopChild(child) });
            }
        };
        child.stdout?.on("data", onData);
        child.stderr?.on("data", onData);
        child.on("exit", (code) => {
            clearTimeout(timer);
            reject(new Error(`${script} exited (${code}) before serving:\n${output}`));
        });
    });
}

function stopChild(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
    });
}

/** The playground, from the control built by the test runner beforehand. */
export function startPlayground(): Promise<RunningServer> {
    return startServer("playground/server.mjs", ["--no-build"], /TeamSync playground: (http:\/\/127\.0\.0\.1:\d+\/)/);
}
