declare const fontkit: unknown;
export = fontkit;
