// The Team (with sync) form's script. The TeamSync editor puts its count of unsaved edits in the form's
// nw_teamsyncunsavededits column, which makes the form dirty. With auto-save on (the default), a dirty form is saved
// every 30 seconds and when it is left, which would let an admin leave with edits the form cannot save: the editor
// saves them itself. While that count is above zero, auto-save (and Save & Close, which is what leaving does with
// auto-save on) is held back, so the form asks before it is left, as with auto-save off.
var NW = NW || {};
NW.TeamSyncForm = (function () {
    "use strict";
    var UNSAVED_EDITS = "nw_teamsyncunsavededits";
    var SAVE_AND_CLOSE = 2;
    var AUTO_SAVE = 70;

    function onSave(executionContext) {
        var attribute = executionContext.getFormContext().getAttribute(UNSAVED_EDITS);
        var edits = attribute === null ? null : attribute.getValue();
        if (edits === null || edits <= 0) return;
        var args = executionContext.getEventArgs();
        var mode = args.getSaveMode();
        if (mode === AUTO_SAVE || mode === SAVE_AND_CLOSE) args.preventDefault();
    }

    return { onSave: onSave };
})();
