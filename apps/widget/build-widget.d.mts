/** Types of build-widget.mjs, for the size test. */
export declare const entryPoint: string;
export declare const defaultOutfile: string;
export declare function buildWidget(options?: { outfile?: string }): Promise<{ code: string; bytes: number; gzipBytes: number }>;
