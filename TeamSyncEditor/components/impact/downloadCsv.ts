/** Hands CSV text to the browser as a file download (a Blob behind an object URL, released after the click). */
export function downloadCsv(text: string, fileName: string): void {
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    const blob = new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
}
