// Import channels (last year's report from a file): owned by the import work (shared/import, main/import).
export const importChannels = {} as const;
