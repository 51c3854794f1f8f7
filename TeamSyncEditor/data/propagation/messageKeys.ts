/** Resx keys of propagation's data errors (prefix `Propagation_Error_`). */
export const PropagationErrorKey = {
    noPluginType: "Propagation_Error_NoPluginType",
    noMessage: "Propagation_Error_NoMessage",
    noFilter: "Propagation_Error_NoFilter",
    badReport: "Propagation_Error_BadReport",
} as const;
