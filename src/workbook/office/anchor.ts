/** The anchor over the output column is shared by Office and files: see `../anchor.ts`. */
export { anchorName, anchorReference, relocate, type AnchorNow } from '../anchor';
