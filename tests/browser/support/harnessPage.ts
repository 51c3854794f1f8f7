import path from "node:path";
import { Locator, Page } from "playwright-core";

const nodeModules = path.resolve(__dirname, "..", "..", "..", "node_modules");

/**
 * pcf-start's harness page. Its stock page loads React and React DOM from a CDN; the tests have no
 * internet, so those two requests are answered with the same UMD files from node_modules.
 */
export class HarnessPage {
    constructor(
        public readonly page: Page,
        private readonly baseUrl: string,
    ) {}

    async open(): Promise<void> {
        await this.page.route("https://unpkg.com/**", (route) => {
            const url = route.request().url();
            const file = url.includes("/react-dom@")
                ? "react-dom/umd/react-dom.development.js"
                : "react/umd/react.development.js";
            return route.fulfill({ path: path.join(nodeModules, file), contentType: "text/javascript" });
        });
        await this.page.goto(this.baseUrl);
        await this.page.getByText("PowerApps component framework Test Environment").waitFor();
    }

    /** The element the harness mounts the control in. */
    control(): Locator {
        return this.page.locator("#TestControl-pcf-container-id");
    }
}
