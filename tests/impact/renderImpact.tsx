import * as React from "react";
import { render, RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StringsContext } from "../../TeamSyncEditor/components/StringsContext";
import { countText } from "../../TeamSyncEditor/components/viewModel/countText";
import { format } from "../../TeamSyncEditor/components/viewModel/issueSentence";
import { getString } from "../components/renderEditor";

/** Renders an impact view with the control's real strings, as the editor does. */
export function renderImpact(element: React.ReactElement): RenderResult {
    return render(
        <FluentProvider theme={webLightTheme}>
            <StringsContext.Provider value={getString}>{element}</StringsContext.Provider>
        </FluentProvider>,
    );
}

/** A resx sentence with its arguments, as the control shows it. */
export function sentence(key: string, ...values: Array<string | number>): string {
    return format(getString(key), ...values);
}

/** "1 team", "3 teams": a count as the control's sentences say it. */
export function counted(noun: string, count: number): string {
    return countText(getString, noun, count);
}
