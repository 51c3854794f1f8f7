import * as React from "react";
import type { GetString } from "./viewModel/issueSentence";

/** The resx reader (`context.resources.getString`), handed to every component of the editor. */
export const StringsContext = React.createContext<GetString>((key) => key);

export function useStrings(): GetString {
    return React.useContext(StringsContext);
}
