// Export channels (DOCX / PDF / HTML): owned by the export work (shared/document, main/export).
export const exportChannels = {} as const;
