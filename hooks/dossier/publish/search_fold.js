/* dossier.text.fold in the browser, written to search/fold.js by hooks/dossier/publish/search_fold.py.
 *
 * The tables below are generated from Python's Unicode database at build time, so the browser
 * folds a query, a page and a name exactly as the pipeline does: no diacritics (đ → d by hand,
 * it has no combining mark), case-folded ("ß" → "ss"). Do not edit the built copy.
 */
const HAND_FOLDED = /*@HAND_FOLDED@*/ {}
const CASE_FOLDED = /*@CASE_FOLDED@*/ {}
const COMBINING = new RegExp(/*@COMBINING@*/ "[]", "gu")
/** Whitespace, dashes and punctuation: what separates words (publish/search_fold.SEPARATOR). */
export const SEPARATOR = new RegExp(/*@SEPARATOR@*/ "", "g")

const charClass = map => new RegExp(`[${Object.keys(map).join("").replace(/[\\\]^-]/g, "\\$&")}]`, "gu")
const handFolded = charClass(HAND_FOLDED)
const caseFolded = charClass(CASE_FOLDED)

/** text.fold(): no diacritics, case-folded. */
export function fold(text) {
  return String(text)
    .replace(handFolded, ch => HAND_FOLDED[ch])
    .normalize("NFD").replace(COMBINING, "").normalize("NFC")
    .toLowerCase()
    .replace(caseFolded, ch => CASE_FOLDED[ch])  // after lowercasing: "ΟΔΟΣ" → "οδος" → "οδοσ"
}

/** The folded words of a text, one space apart (publish/search_index.words). */
export const words = text => fold(text).split(SEPARATOR).filter(Boolean).join(" ")
