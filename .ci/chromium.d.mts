export declare const chromiumCandidates: () => ReadonlyArray<string>
export declare const findChromium: () => string | undefined
export declare const chromiumArgs: ReadonlyArray<string>
export declare const launchOptions: () => { executablePath: string; args: Array<string> }
