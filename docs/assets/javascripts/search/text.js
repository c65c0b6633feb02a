/* Words, terms and marks: the one matcher behind result excerpts, result titles, suggestions
 * and the highlighting of a page opened from a result.
 *
 * Everything is compared folded (search/fold.js, generated from dossier.text.fold), but marks
 * and suggestions keep the text as the page writes it: "ha noi" marks "Hà Nội", "Dai" marks
 * "Đại". A term is a run of folded words ("ho chi minh city"); a term ending in "*" lets its
 * last word go on, as a reader's last word does while typing ("luong cu*" marks "Lương Cường").
 */
import { fold, SEPARATOR, words } from "../../../search/fold.js"

export { fold, words }

const ASCII = /^[\x00-\x7f]*$/

/** The folded text and, for each folded character, the index of the character it comes from
 *  (null when folding is lower-casing, character for character). */
function foldMapped(text) {
  if (ASCII.test(text)) return { folded: text.toLowerCase(), origin: null }
  let folded = ""
  const origin = []
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)
    const char = String.fromCodePoint(code)
    const part = code < 0x80 ? char.toLowerCase() : fold(char)
    folded += part
    for (let k = 0; k < part.length; k++) origin.push(i)
    i += char.length
  }
  origin.push(text.length)
  return { folded, origin }
}

/** The words of a text: each its folded key and where it stands in the text. */
export function tokens(text) {
  const { folded, origin } = foldMapped(String(text))
  const at = index => (origin ? origin[index] : index)
  const found = []
  let start = 0
  const word = end => {
    if (end > start) found.push({ key: folded.slice(start, end), start: at(start), end: at(end) })
  }
  for (const gap of folded.matchAll(SEPARATOR)) {
    word(gap.index)
    start = gap.index + gap[0].length
  }
  word(folded.length)
  return found
}

/** "luong cu*" → { words: ["luong", "cu"], prefix: true } */
export function term(text) {
  const prefix = text.endsWith("*")
  return { words: words(prefix ? text.slice(0, -1) : text).split(" ").filter(Boolean), prefix }
}

/** Where the terms occur among the tokens: [{ from, to, term }] (token indexes, to excluded). */
export function occurrences(found, terms) {
  const hits = []
  for (let i = 0; i < found.length; i++)
    terms.forEach((t, index) => {
      const n = t.words.length
      if (!n || i + n > found.length) return
      for (let k = 0; k < n; k++) {
        const key = found[i + k].key
        const last = k === n - 1
        if (!(last && t.prefix ? key.startsWith(t.words[k]) : key === t.words[k])) return
      }
      hits.push({ from: i, to: i + n, term: index })
    })
  return hits
}

/** A document fragment of `text` from character `start` to `end` with the given words marked. */
function fragment(text, found, marked, start, end) {
  const out = document.createDocumentFragment()
  let at = start
  for (const index of [...marked].sort((a, b) => a - b)) {
    const token = found[index]
    if (token.start < at || token.end > end) continue
    if (token.start > at) out.append(text.slice(at, token.start))
    const mark = document.createElement("mark")
    mark.textContent = text.slice(token.start, token.end)
    out.append(mark)
    at = token.end
  }
  if (end > at) out.append(text.slice(at, end))
  return out
}

const markedTokens = hits => new Set(hits.flatMap(hit => Array.from({ length: hit.to - hit.from }, (_, k) => hit.from + k)))

/** The whole text with every word of every occurrence marked (a result's title). */
export function markAll(text, terms) {
  const found = tokens(text)
  return fragment(text, found, markedTokens(occurrences(found, terms)), 0, text.length)
}

/** About `size` words of the text around the place that holds the most distinct terms, marked,
 *  with "…" where it is cut. */
export function excerpt(text, terms, size = 32) {
  const found = tokens(text)
  if (!found.length) return document.createDocumentFragment()
  const hits = occurrences(found, terms)
  let first = 0
  let best = -1
  for (const hit of hits) {
    const from = Math.max(0, hit.from - 6)
    const seen = new Set(hits.filter(h => h.from >= from && h.to <= from + size).map(h => h.term))
    if (seen.size > best) [best, first] = [seen.size, from]
  }
  const last = Math.min(found.length, first + size) - 1
  const out = document.createDocumentFragment()
  if (first > 0) out.append("… ")
  out.append(fragment(text, found, markedTokens(hits), found[first].start, found[last].end))
  if (last < found.length - 1) out.append(" …")
  return out
}

/** Marks the terms in every text node under `root` (not in scripts, forms or marks); returns
 *  how many words it marked. */
export function highlight(root, terms, attribute = "data-search-highlight") {
  const skip = "script, style, noscript, svg, mark, textarea, input, select, button, [data-pagefind-ignore]"
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: node =>
      node.nodeValue.trim() && !node.parentElement.closest(skip) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
  })
  const nodes = []
  while (walker.nextNode()) nodes.push(walker.currentNode)
  let count = 0
  for (const node of nodes) {
    const text = node.nodeValue
    const found = tokens(text)
    const marked = markedTokens(occurrences(found, terms))
    if (!marked.size) continue
    const replaced = fragment(text, found, marked, 0, text.length)
    for (const mark of replaced.querySelectorAll("mark")) mark.setAttribute(attribute, "")
    count += marked.size
    node.replaceWith(replaced)
  }
  return count
}

/** The query completed in the reader's spelling from a title that holds its words, the last
 *  one as the start of a longer word: "Lương Cư" → "Lương Cường"; "" when none does. */
export function completion(raw, titles) {
  const typed = /^([\s\S]*?)(\S+)$/.exec(raw)
  if (!typed) return ""
  const [, head, last] = typed
  const before = words(head).split(" ").filter(Boolean)
  const stem = words(last)
  if (!stem || stem.includes(" ")) return ""
  for (const title of titles) {
    const found = tokens(title)
    for (let i = before.length; i < found.length; i++) {
      const key = found[i].key
      if (key === stem || !key.startsWith(stem)) continue
      if (!before.every((w, k) => found[i - before.length + k].key === w)) continue
      const surface = title.slice(found[i].start, found[i].end)
      if (surface.toLowerCase().startsWith(last.toLowerCase())) return head + last + surface.slice(last.length)
      if (fold(last) === last.toLowerCase()) return head + last + key.slice(stem.length)
    }
  }
  return ""
}
