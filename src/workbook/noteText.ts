/** Every note Traguardo writes starts with this. */
export const NOTE_PREFIX = 'Traguardo:';
/** Separates a user's own note from Traguardo's text appended after it. */
export const NOTE_SEPARATOR = '\n\n— Traguardo —\n';

/** The note to write on a cell that already has `userNote` (null when it has none). */
export function composeNote(userNote: string | null, text: string): string {
  return userNote === null || userNote === '' ? text : `${userNote}${NOTE_SEPARATOR}${text}`;
}

/** True when a note was written entirely by Traguardo. */
export const isTraguardoNote = (content: string): boolean => content.startsWith(NOTE_PREFIX);

/**
 * The user's part of a note, with Traguardo's text removed; null when the note was Traguardo's alone.
 * @example userPart("Controllare\n\n— Traguardo —\nTraguardo: D14: …") //=> "Controllare"
 */
export function userPart(content: string): string | null {
  if (isTraguardoNote(content)) return null;
  const at = content.lastIndexOf(NOTE_SEPARATOR);
  return at >= 0 ? content.slice(0, at) : content;
}
