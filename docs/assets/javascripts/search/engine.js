/* The search: a query read as names and words, each asked of Pagefind, the answers ranked.
 *
 * Pagefind (pagefind/, built after the site by hooks/dossier/publish/search_build.py) loads
 * only the index chunks of the words it is asked, so a search moves kilobytes whatever the size
 * of the dossier. On top of it, this module keeps what the dossier's search promises:
 *   - a query is folded as dossier.text.fold folds (search/fold.js: "Tô Lâm" = "to lam",
 *     "Đà" = "da"; pages carry the folded twin of each word Pagefind cannot fold);
 *   - a query is read as names and words, longest name first, against the registry's spellings
 *     (search/names/<letter>.json, loaded by the first letter of each typed word): "To Lam
 *     Busan" is the name "To Lam" and the name "Busan". A name is asked as its entity's token
 *     (zq4150382917), which the build put on every page that names it, in any spelling, as often as
 *     the page names it: "Saigon" finds "Ho Chi Minh City", never a page with "city" alone,
 *     and the pages that name it most rank first. A one-word name is also asked as the word
 *     ("Saigon" finds "Saigon Oppa" too);
 *   - ranking: first the page the query names (the entity page holding the token as its own),
 *     then pages holding more of the query's names and words, then those holding the typed
 *     phrase, then those whose title or names hold them, then Pagefind's score;
 *   - facets and sort are Pagefind's filters (type, country, year) and sort (date): each
 *     question is asked with them, counts of the union of a query's questions come from
 *     Pagefind's counts by inclusion and exclusion, and articles by date are the merge of each
 *     question's dated answers. Pagefind is never asked a filter alone: without a word it loads
 *     its whole index.
 */
import { term, words } from "./text.js"

// lunr's English stop words (Material's search dropped them): a query word among them is
// searched only when the query has nothing else.
const STOP = new Set(
  ("a able about across after all almost also am among an and any are as at be because been but by can cannot " +
    "could dear did do does either else ever every for from get got had has have he her hers him his how however " +
    "i if in into is it its just least let like likely may me might most must my neither no nor not of off often " +
    "on only or other our own rather said say says she should since so some than that the their them then there " +
    "these they this tis to too twas us wants was we were what when where which while who whom why will with " +
    "would yet you your").split(" "),
)
const NAMED_FIELDS = new Set(["title", "aliases", "named"])
const MAX_COUNTED = 5 // questions whose union is counted exactly (2^n − 1 Pagefind searches)
export const FACETS = ["type", "country", "year"]

const json = async url => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.json()
}

/** The names file a word is in: its first letter or digit, "_" for any other first character. */
const shardOf = word => (/^[a-z0-9]/.test(word) ? word[0] : "_")

/** A word too short to ask alone: one Latin letter or digit would load every chunk it starts. */
const tooShort = word => /^[a-z0-9]$/.test(word)

/** Pagefind's filters for the reader's choices: { type: { any: ["Leader", "City"] } }. */
function pagefindFilters(chosen, except = "") {
  const filters = {}
  for (const [facet, values] of Object.entries(chosen))
    if (facet !== except && values.size) filters[facet] = { any: [...values] }
  return filters
}

export class Engine {
  constructor(root) {
    this.root = new URL(root)
    this.shards = new Map()
    this.answers = new Map()
    this.fragments = new Map()
  }

  /** Loads Pagefind and the names index (once). */
  ready() {
    this.loading ??= (async () => {
      const [pagefind, names] = await Promise.all([
        import(new URL("pagefind/pagefind.js", this.root).href),
        json(new URL("search/names/index.json", this.root)).catch(() => null),
      ])
      await pagefind.options({
        baseUrl: this.root.pathname,
        ranking: { metaWeights: { title: 5, aliases: 8, entity: 10, named: 3, mentions: 2 } },
      })
      await pagefind.init()
      this.pagefind = pagefind
      this.names = names || { entities: 0, shards: [], token: "", digits: 0 }
    })()
    return this.loading
  }

  shard(letter) {
    if (!this.names.shards.includes(letter)) return Promise.resolve(null)
    if (!this.shards.has(letter))
      this.shards.set(letter, json(new URL(`search/names/${letter}.json`, this.root)).catch(() => null))
    return this.shards.get(letter)
  }

  /** A page's text without the tokens of the names it holds (words for the index only). */
  readable(content) {
    if (!this.names.token) return content
    const tokens = new RegExp(`\\s*\\b${this.names.token}\\d{${this.names.digits}}\\b\\.?`, "g")
    return content.replace(tokens, "")
  }

  filtersFor(chosen) {
    return pagefindFilters(chosen)
  }

  /** Every value of every facet (Pagefind's filter index: a few kilobytes, loaded once), and
   *  whether any article has a date to sort by. */
  async facetValues() {
    const values = await (this.filterIndex ??= this.pagefind.filters())
    return { ...values, sortable: this.names.dated > 0 }
  }

  /** Pagefind's answer to one question (kept: a reader's next keystroke asks most again). */
  ask(query, options = {}, purpose = "") {
    const key = JSON.stringify([query, options, purpose])
    if (!this.answers.has(key)) {
      if (this.answers.size > 1000) this.answers.clear()
      this.answers.set(key, this.pagefind.search(query, options))
    }
    return this.answers.get(key)
  }

  /** A page's data (url, title, text, metadata), loaded once whichever answer holds it. */
  data(found) {
    if (!this.fragments.has(found.id)) this.fragments.set(found.id, found.result.data())
    return this.fragments.get(found.id)
  }

  /** The query as names and words: "to lam busan" → the names "to lam" and "busan", each with
   *  its entities' tokens and spellings; "visit" stays a word. */
  async parse(key) {
    const typed = key.split(" ")
    const shards = await Promise.all(typed.map(word => this.shard(shardOf(word))))
    const parts = []
    for (let i = 0; i < typed.length; ) {
      const shard = shards[i]
      let j = shard ? Math.min(typed.length, i + shard.longest) : i
      while (j > i && !Object.hasOwn(shard.names, typed.slice(i, j).join(" "))) j--
      if (j > i) {
        const name = typed.slice(i, j).join(" ")
        const tokens = shard.names[name]
        const spellings = new Set(tokens.flatMap(token => shard.entities[token]))
        parts.push({ words: typed.slice(i, j), name, tokens, spellings: [...spellings] })
        i = j
      } else {
        const word = typed[i]
        parts.push({ words: [word], optional: STOP.has(word) || tooShort(word) })
        i += 1
      }
    }
    return parts
  }

  /** What to ask Pagefind for a query: { key, parts, questions, terms, highlight }. Each
   *  question is one Pagefind word (a typed word, or a name's token) and belongs to a part. */
  async plan(raw) {
    const key = words(raw)
    const parts = key ? await this.parse(key) : []
    const required = parts.filter(part => !part.optional)
    const asking = required.length ? required : parts.filter(part => !tooShort(part.words[0]))
    const questions = []
    asking.forEach((part, index) => {
      const ask = q => questions.some(other => other.q === q) || questions.push({ q, part: index })
      if (part.name) {
        for (const token of part.tokens) ask(token)
        if (part.words.length === 1) ask(part.words[0])
      } else ask(part.words[0])
    })
    const highlight = [
      ...new Set(asking.flatMap(part => (part.name ? [`${part.name}*`, ...part.spellings.map(words)] : [`${part.words[0]}*`]))),
    ]
    return {
      key,
      parts: asking,
      questions,
      exact: parts.length === 1 && !!parts[0].name,
      // the typed phrase, when its words are asked anyway (a longer name's words would cost
      // their index chunks, and the name's token already ranks the pages that hold it)
      phrase: key.includes(" ") && asking.every(part => part.words.length === 1) ? `"${key}"` : "",
      highlight,
      terms: highlight.map(term),
    }
  }

  /** The pages that answer the plan, best first: [{ id, result, exact, held, … }]. */
  async rank(plan, filters = {}) {
    if (!plan.questions.length) return []
    const options = Object.keys(filters).length ? { filters } : {}
    const [answers, phrase] = await Promise.all([
      Promise.all(plan.questions.map(({ q }) => this.ask(q, options))),
      plan.phrase ? this.ask(plan.phrase, options) : null,
    ])
    const pages = new Map()
    const perPart = plan.parts.map(() => new Map())
    plan.questions.forEach(({ q, part }, index) => {
      const token = q.startsWith(this.names.token) && this.names.token
      for (const result of answers[index].results) {
        const fields = result.matchedMetaFields || []
        const best = perPart[part].get(result.id) || { result, score: 0, named: false, exact: false }
        best.score = Math.max(best.score, result.score)
        best.named ||= fields.some(field => NAMED_FIELDS.has(field))
        best.exact ||= !!token && plan.exact && fields.includes("entity")
        perPart[part].set(result.id, best)
      }
    })
    for (const held of perPart)
      for (const [id, best] of held) {
        const page = pages.get(id) || { id, result: best.result, held: 0, named: 0, phrase: false, exact: false, score: 0 }
        page.held += 1
        page.named += best.named
        page.exact ||= best.exact
        page.score += best.score
        pages.set(id, page)
      }
    for (const result of phrase?.results || []) if (pages.has(result.id)) pages.get(result.id).phrase = true
    return [...pages.values()].sort(
      (a, b) => b.exact - a.exact || b.held - a.held || b.phrase - a.phrase || b.named - a.named || b.score - a.score,
    )
  }

  /** How many pages of the union of the plan's questions each facet value has, given the
   *  reader's choices in the other facets: { type: { Leader: 3, … }, … }, or null when the
   *  query has too many questions to count. */
  async counts(plan, chosen) {
    const questions = [...new Set(plan.questions.map(({ q }) => q))]
    if (!questions.length || questions.length > MAX_COUNTED) return null
    await this.facetValues() // Pagefind counts by filter only once it has its filter index
    const groups = new Map() // filters → the facets counted with them
    for (const facet of FACETS) {
      const filters = JSON.stringify(pagefindFilters(chosen, chosen[facet]?.size ? facet : ""))
      groups.set(filters, [...(groups.get(filters) || []), facet])
    }
    const counts = {}
    await Promise.all(
      [...groups].map(async ([filters, facets]) => {
        const union = await this.unionCounts(questions, JSON.parse(filters))
        for (const facet of facets) counts[facet] = union[facet] || {}
      }),
    )
    return counts
  }

  /** Counts of the union of the questions' pages, by inclusion and exclusion: each subset of
   *  the questions asked together is Pagefind's "all of these words". */
  async unionCounts(questions, filters) {
    const options = Object.keys(filters).length ? { filters } : {}
    const total = {}
    const subsets = []
    for (let mask = 1; mask < 1 << questions.length; mask++) subsets.push(mask)
    const answers = await Promise.all(
      // asked apart from ranking: Pagefind counts only once its filter index is loaded
      subsets.map(mask => this.ask(questions.filter((_, i) => mask & (1 << i)).join(" "), options, "count")),
    )
    subsets.forEach((mask, index) => {
      let bits = 0
      for (let m = mask; m; m >>= 1) bits += m & 1
      const sign = bits % 2 ? 1 : -1
      for (const [facet, values] of Object.entries(answers[index].filters || {}))
        for (const [value, count] of Object.entries(values)) {
          total[facet] ??= {}
          total[facet][value] = (total[facet][value] || 0) + sign * count
        }
    })
    return total
  }

  /** The dated pages of the answer, newest (or oldest) first: a source that yields them a batch
   *  at a time, merging each question's dated answers by the dates of their heads. */
  async byDate(plan, filters, direction) {
    const options = { sort: { date: direction }, ...(Object.keys(filters).length ? { filters } : {}) }
    const lists = await Promise.all(plan.questions.map(({ q }) => this.ask(q, options)))
    const queues = lists.map(list => list.results.slice())
    const seen = new Set()
    const dateOf = async result => (await this.data({ id: result.id, result })).meta?.date || ""
    const newer = direction === "desc" ? (a, b) => a > b : (a, b) => a < b
    return {
      all: new Set(lists.flatMap(list => list.results.map(result => result.id))),
      next: async count => {
        const out = []
        while (out.length < count) {
          for (const queue of queues) while (queue.length && seen.has(queue[0].id)) queue.shift()
          const heads = queues.filter(queue => queue.length)
          if (!heads.length) break
          let best = heads[0]
          if (heads.length > 1) {
            const dates = await Promise.all(heads.map(queue => dateOf(queue[0])))
            dates.forEach((date, index) => {
              if (newer(date, dates[heads.indexOf(best)])) best = heads[index]
            })
          }
          const result = best.shift()
          seen.add(result.id)
          out.push({ id: result.id, result })
        }
        return out
      },
    }
  }
}
