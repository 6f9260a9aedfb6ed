/**
 * A person's text set inside a plain string (a dialog's subtitle, a label):
 * wrapped in first-strong isolate … pop directional isolate, the plain-text
 * form of <bdi>, so a right-to-left mark inside a name cannot reorder the
 * text after it.
 */
export const isolated = (text: string): string => `\u2068${text}\u2069`;
