/** Resx keys of the data layer's messages (TeamSyncEditor.1033.resx, prefix `Data_`). */
export const MessageKey = {
    privilege: "Data_Error_Privilege",
    gone: "Data_Error_Gone",
    throttled: "Data_Error_Throttled",
    offline: "Data_Error_Offline",
    cancelled: "Data_Error_Cancelled",
    unknown: "Data_Error_Unknown",
    conflictChanged: "Data_Conflict_Changed",
    conflictGone: "Data_Conflict_Gone",
    unsavedTeam: "Data_UnsavedTeam",
    readOnlyFormDisabled: "Data_ReadOnly_FormDisabled",
    readOnlyNoPrivilege: "Data_ReadOnly_NoPrivilege",
} as const;
