/** The damaged unit: file name → bytes. */
export declare function damagedSampleFiles(): Record<string, Uint8Array>;
/** Writes the damaged unit into `dir` and returns `dir`. */
export declare function writeDamagedSample(dir: string): string;
