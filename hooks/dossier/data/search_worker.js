/* dossier-search: prepended to Material's search worker by hooks/dossier/search_index.py.
 *
 * Material's worker is lunr with English rules: "Ha Noi" does not find "Hà Nội". This prelude
 * runs first in the same worker and, without touching Material's code:
 *   - folds every indexed word (a lunr pipeline step that keeps the word's position, so the
 *     result highlighting still marks the original "Hà Nội"), and folds every query the same way;
 *   - ranks first the page whose name (any alias) is the query, then pages holding the phrase;
 *   - widens a query that is a registered name with the name's other spellings;
 *   - labels each result ("Leader · Viet Nam", "Article · 2025") in place of its tag list.
 * The folding tables below are generated from hooks/dossier/text.py, so the browser folds
 * exactly as the pipeline does.
 */
;(() => {
  "use strict"
  const HAND_FOLDED = /*@HAND_FOLDED@*/ {}
  const CASE_FOLDED = /*@CASE_FOLDED@*/ {}
  const COMBINING = new RegExp(/*@COMBINING@*/ "[]", "gu")
  const SETUP = 0, QUERY = 2, RESULT = 3  // Material's SearchMessageType
  const EXACT_NAME = 0, PHRASE = 1, OTHER = 2  // ranking tiers

  const charClass = map => new RegExp(`[${Object.keys(map).join("").replace(/[\\\]^-]/g, "\\$&")}]`, "gu")
  const handFolded = charClass(HAND_FOLDED)
  const caseFolded = charClass(CASE_FOLDED)

  /** text.fold(): no diacritics (đ → d by hand), case-folded. */
  function fold(text) {
    return text
      .replace(handFolded, ch => HAND_FOLDED[ch])
      .normalize("NFD").replace(COMBINING, "").normalize("NFC")
      .toLowerCase()
      .replace(caseFolded, ch => CASE_FOLDED[ch])  // after lowercasing: "ΟΔΟΣ" → "οδος" → "οδοσ"
  }

  let separator = /[\s-]+/g
  /** The folded words of a text, one space apart: the key names and phrases are compared by. */
  const words = text => fold(text).split(separator).filter(Boolean).join(" ")
  const stripTags = html => html.replace(/<[^>]*>/g, " ")
  const pathOf = location => location.split("#")[0]

  const pages = new Map()  // page path → { docs, names, label, haystack }
  const owners = new Map()  // folded name → page paths
  const pending = []  // queries awaiting their result, oldest first

  function foldToken(token) {
    const folded = fold(token.toString())
    return folded ? token.update(() => folded) : undefined
  }

  function foldIndexedWords(lunr) {
    if (lunr.Pipeline.registeredFunctions.dossierFold) return
    lunr.Pipeline.registerFunction(foldToken, "dossierFold")
    const add = lunr.Builder.prototype.add
    lunr.Builder.prototype.add = function (doc, attributes) {
      const stack = this.pipeline._stack  // lunr 2 has no public "prepend"
      if (stack[0] !== foldToken) stack.unshift(foldToken)
      return add.call(this, doc, attributes)
    }
  }

  function setup(index) {
    foldIndexedWords(self.lunr)
    separator = new RegExp(index.config.separator, "g")
    pages.clear()
    owners.clear()
    for (const doc of index.docs) {
      const path = pathOf(doc.location)
      if (!pages.has(path)) pages.set(path, { docs: [], names: [], label: undefined, haystack: undefined })
      const page = pages.get(path)
      page.docs.push(doc)
      if (doc.label) page.label = doc.label
      for (const name of doc.aliases || []) {
        const key = words(name)
        if (!key) continue
        page.names.push(key)
        if (!owners.has(key)) owners.set(key, new Set())
        owners.get(key).add(path)
      }
    }
  }

  /** The words a reader typed, without lunr's operators and excluded terms. */
  const typed = raw => words(raw.replace(/(^|\s)-\S*/g, " ").replace(/[+*~^":]/g, " "))

  /** The other spellings of the name the query is, as exact extra terms: "Hanoi" also finds "Hà Nội". */
  function expansion(key) {
    const extra = new Set()
    const asked = new Set(key.split(" "))
    for (const path of owners.get(key) || [])
      for (const name of pages.get(path).names)
        for (const word of name.split(" "))
          if (!asked.has(word) && /^[^+\-*:~^]+$/.test(word)) extra.add(word)
    return [...extra]
  }

  function haystack(page) {
    if (page.haystack === undefined) {
      const parts = page.docs.flatMap(doc => [doc.title, stripTags(doc.text), ...(doc.aliases || [])])
      page.haystack = ` ${words(parts.join(" "))} `
    }
    return page.haystack
  }

  function tier(group, key) {
    const page = pages.get(pathOf(group[0].location))
    if (!page || !key) return OTHER
    if (page.names.includes(key)) return EXACT_NAME
    return key.includes(" ") && haystack(page).includes(` ${key}`) ? PHRASE : OTHER
  }

  function present(item, page, extra) {
    const shown = { ...item, terms: { ...item.terms } }
    for (const term of extra)
      if (!shown.terms[term]) delete shown.terms[term]  // a spelling the reader did not type is never "missing"
    // The page highlighter (?h=) matches literally: give it the words as the page writes them.
    for (const field of [item.title, item.text])
      for (const [, surface] of String(field || "").matchAll(/<mark>([^<]*)<\/mark>/g))
        shown.terms[surface.toLowerCase()] = true
    if (page && page.label) {
      if (item.location.includes("#")) delete shown.tags
      else shown.tags = [page.label]
    }
    return shown
  }

  /** Material completes the last typed word with a folded index term, and only if the term
   *  starts with what was typed: give it the word as the pages write it ("Cư" → "Cường"). */
  function suggestion(suggest, raw, items) {
    if (!suggest || !suggest.length) return suggest
    const last = raw.split(/[\s-]+/).pop()
    const best = suggest[suggest.length - 1]
    if (!last || !best.startsWith(fold(last))) return suggest
    const lower = last.toLowerCase()
    for (const group of items)
      for (const item of group)
        for (const [, surface] of String(item.title).matchAll(/<mark>([^<]*)<\/mark>/g))
          if (fold(surface) === best && surface.toLowerCase().startsWith(lower))
            return [...suggest.slice(0, -1), last + surface.slice(last.length)]
    if (fold(last) === lower) return [...suggest.slice(0, -1), last + best.slice(last.length)]
    return suggest
  }

  function refine(data, { raw, key, extra }) {
    const items = data.items
      .map((group, order) => ({ group, order, tier: tier(group, key) }))
      .sort((a, b) => a.tier - b.tier || a.order - b.order)
      .map(({ group }) => group.map(item => present(item, pages.get(pathOf(item.location)), extra)))
    return { ...data, items, suggest: suggestion(data.suggest, raw, data.items) }
  }

  self.addEventListener("message", ({ data: message }) => {
    if (message.type === SETUP) {
      setup(message.data)
    } else if (message.type === QUERY) {
      const raw = String(message.data)
      const key = typed(raw)
      const extra = expansion(key)
      pending.push({ raw, key, extra })
      message.data = [fold(raw), ...extra.map(word => `${word}^1`)].join(" ")  // read next by Material's listener
    }
  })

  const post = self.postMessage.bind(self)
  self.postMessage = message => {
    if (message && message.type === RESULT && pending.length)
      message = { ...message, data: refine(message.data, pending.shift()) }
    post(message)
  }

  self.dossierSearch = { fold, words }
})();
