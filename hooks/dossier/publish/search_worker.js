/* dossier-search: prepended to Material's search worker by hooks/dossier/search_index.py.
 *
 * Material's worker is lunr with English rules: "Ha Noi" does not find "Hà Nội". This prelude
 * runs first in the same worker and, without touching Material's code:
 *   - folds every indexed word (a lunr pipeline step that keeps the word's position, so the
 *     result highlighting still marks the original "Hà Nội"), and folds every query the same way;
 *   - reads the query as names and words: "To Lam Busan" is the name "To Lam" and the name
 *     "Busan", each widened with its other spellings ("Saigon" also finds "Ho Chi Minh City");
 *   - ranks first the page whose name (any alias) is the query, then pages holding every name
 *     and word of the query (those holding the typed phrase first), then pages holding some;
 *     a page that only shares a word of another spelling ("city" of "Ho Chi Minh City") is
 *     no match: a widened spelling counts only as a whole phrase;
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

  const pages = new Map()  // page path → { docs, names, label, haystack, title }
  const owners = new Map()  // folded name → page paths
  const records = new Map()  // location → { doc, haystack }
  const pending = []  // queries awaiting their result, oldest first
  let longestName = 1  // in words
  let stopWords = false  // whether lunr drops stop words ("to", "the") from the index
  let built  // the lunr index Material built, for suggestions from the typed words alone

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
    const build = lunr.Builder.prototype.build
    lunr.Builder.prototype.build = function () {
      return (built = build.call(this))
    }
  }

  function setup(index) {
    foldIndexedWords(self.lunr)
    separator = new RegExp(index.config.separator, "g")
    pages.clear()
    owners.clear()
    records.clear()
    longestName = 1
    stopWords = (index.config.pipeline || []).includes("stopWordFilter")
    for (const doc of index.docs) {
      const path = pathOf(doc.location)
      if (!pages.has(path)) pages.set(path, { docs: [], names: [], label: undefined, haystack: undefined, title: undefined })
      const page = pages.get(path)
      page.docs.push(doc)
      records.set(doc.location, { doc, haystack: undefined })
      if (doc.label) page.label = doc.label
      for (const name of doc.aliases || []) {
        const key = words(name)
        if (!key) continue
        page.names.push(key)
        longestName = Math.max(longestName, key.split(" ").length)
        if (!owners.has(key)) owners.set(key, new Set())
        owners.get(key).add(path)
      }
    }
  }

  /** The words a reader typed, without lunr's operators and excluded terms. */
  const typed = raw => words(raw.replace(/(^|\s)-\S*/g, " ").replace(/[+*~^":]/g, " "))

  const isStopWord = word => stopWords && !!self.lunr && !self.lunr.stopWordFilter(word)

  /** The query as names and words, longest name first: "to lam busan" → the names "to lam" and
   *  "busan", each with every spelling of the pages it names; "visit" stays a word. */
  function parse(key) {
    const typedWords = key ? key.split(" ") : []
    const parts = []
    for (let i = 0; i < typedWords.length;) {
      let j = Math.min(typedWords.length, i + longestName)
      while (j > i && !owners.has(typedWords.slice(i, j).join(" "))) j--
      if (j > i) {
        const name = typedWords.slice(i, j).join(" ")
        const spellings = new Set([name])
        for (const path of owners.get(name)) for (const other of pages.get(path).names) spellings.add(other)
        parts.push({ words: typedWords.slice(i, j), name, spellings: [...spellings] })
        i = j
      } else {
        parts.push({ words: [typedWords[i]], optional: isStopWord(typedWords[i]) })
        i += 1
      }
    }
    return parts
  }

  /** The words of the other spellings, as exact extra terms: "Hanoi" also finds "Hà Nội". Lunr
   *  ORs them; refine() then counts a spelling only where the page holds all of it, in order. */
  function expansion(parts) {
    const asked = new Set(parts.flatMap(part => part.words))
    const extra = new Set()
    for (const part of parts)
      for (const spelling of part.spellings || [])
        for (const word of spelling.split(" "))
          if (!asked.has(word) && /^[^+\-*:~^]+$/.test(word)) extra.add(word)
    return [...extra]
  }

  /** The folded words of records, as lunr indexes them (every field), with a space at each end:
   *  "Hà Nội" → " ha noi ". */
  const spaced = docs => ` ${words(docs.flatMap(doc => [doc.title, stripTags(doc.text || ""), ...(doc.tags || []), ...(doc.aliases || [])]).join(" "))} `

  function haystack(page) {
    if (page.haystack === undefined) page.haystack = spaced(page.docs)
    return page.haystack
  }

  function recordHaystack(location) {
    const record = records.get(location)
    if (!record) return ""
    if (record.haystack === undefined) record.haystack = spaced([record.doc])
    return record.haystack
  }

  /** Whether a text holds a part of the query. A typed word matches as lunr matches it, at the
   *  start of a word ("bu" while typing "Busan"); a name in the reader's spelling likewise; any
   *  other spelling of the name only as the whole phrase. */
  function holds(text, part) {
    if (!part.spellings) return text.includes(` ${part.words[0]}`)
    return text.includes(` ${part.name}`) || part.spellings.some(spelling => text.includes(` ${spelling} `))
  }

  /** The words of a page's name: its title and, for an entity, every spelling. */
  function nameHaystack(page) {
    if (page.title === undefined) page.title = ` ${words([page.docs[0].title, ...(page.docs[0].aliases || [])].join(" "))} `
    return page.title
  }

  /** How well a page answers the query: named by it, how many of its parts it holds, whether it
   *  holds the typed phrase, how many parts its name holds ("Seoul Hanoi forum": the forum first).
   *  A page that holds no part is no answer, though lunr returned it for a word of another
   *  spelling ("city" of "Ho Chi Minh City"), a word of the name ("lam" of "To Lam") or a word
   *  that merely starts with a stop word ("tourism" for "to"). */
  function assess(group, query) {
    const page = pages.get(pathOf(group[0].location))
    const text = page ? haystack(page) : recordHaystack(group[0].location)
    const held = query.required.filter(part => holds(text, part))
    return {
      exact: !!page && page.names.includes(query.key),
      held,
      phrase: query.key.includes(" ") && text.includes(` ${query.key}`),
      named: page ? held.filter(part => holds(nameHaystack(page), part)).length : 0,
      relevant: !query.required.length || held.length > 0,
    }
  }

  /** A section stays under its page's result if it holds a part of the query itself. */
  const sectionMatches = (item, query) => !query.required.length || query.required.some(part => holds(recordHaystack(item.location), part))

  function present(item, page, extra, held) {
    const shown = { ...item, terms: { ...item.terms } }
    for (const term of extra)
      if (!shown.terms[term]) delete shown.terms[term]  // a spelling the reader did not type is never "missing"
    for (const word of held)  // not "missing" where the page holds it: in a section, or as "Ho Chi Minh City" for "Saigon"
      if (shown.terms[word] === false) delete shown.terms[word]
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

  /** Material suggests from titles holding every query term, the other spellings included, so
   *  a widened query ("busan consul" + "부산") would have none: suggest from the typed words. */
  function typedSuggestion(data, query) {
    if (!data.suggest || !query.extra.length || !built) return data.suggest
    const { presence, wildcard } = self.lunr.Query
    try {
      const titles = built.query(builder => {
        for (const word of query.key.split(" "))
          builder.term(word, { fields: ["title"], presence: presence.REQUIRED, wildcard: wildcard.TRAILING })
      })
      return titles.length ? Object.keys(titles[0].matchData.metadata) : []
    } catch {
      return data.suggest
    }
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

  function refine(data, query) {
    const items = data.items
      .map((group, order) => ({ group, order, ...assess(group, query) }))
      .filter(result => result.relevant)
      .sort((a, b) => b.exact - a.exact || b.held.length - a.held.length || b.phrase - a.phrase || b.named - a.named || a.order - b.order)
      .map(({ group, held }) => {
        const page = pages.get(pathOf(group[0].location))
        const heldWords = held.flatMap(part => part.words)
        return group
          .filter(item => !item.location.includes("#") || sectionMatches(item, query))
          .map(item => present(item, page, query.extra, heldWords))
      })
    return { ...data, items, suggest: suggestion(typedSuggestion(data, query), query.raw, data.items) }
  }

  self.addEventListener("message", ({ data: message }) => {
    if (message.type === SETUP) {
      setup(message.data)
    } else if (message.type === QUERY) {
      const raw = String(message.data)
      const key = typed(raw)
      const parts = parse(key)
      const extra = expansion(parts)
      const required = parts.filter(part => !part.optional)
      pending.push({ raw, key, required, extra })
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
