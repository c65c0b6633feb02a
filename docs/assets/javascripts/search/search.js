/* The search box in the header (overrides/partials/search.html): Material's look and keys,
 * Pagefind underneath (engine.js), facets, and the highlighting of a page opened from a result.
 *
 * Keys, as on Material sites: "/", "s" or "f" anywhere focuses the box; arrow keys move through
 * the results, Enter opens one (from the box, the first); Escape closes; → (at the end of the
 * query) takes the suggested completion. Nothing loads until the reader first focuses the box
 * or a page is opened with ?q= (share) or ?h= (terms to highlight). Module scripts run once:
 * with Material's instant navigation the header stays, and the highlighting runs again on each
 * page Material swaps in (its public document$ observable).
 */
const ROOT = new URL("../../../", import.meta.url)
const BATCH = 10 // results rendered at a time, more as the list is scrolled to its end
const DEBOUNCE_MS = 250 // as a reader types, only the pause after the last key asks: each word asked loads its chunk
const TYPE_ORDER = ["Leader", "City", "Agreement", "Initiative", "Organization", "Event", "Article"]
const LABELS = { type: "Type", country: "Country", year: "Year", sort: "Sort" }
const SORTS = [
  ["", "Best match"],
  ["newest", "Newest first"],
  ["oldest", "Oldest first"],
]

const box = document.querySelector("[data-dossier-search]")
const toggle = document.getElementById("__search")

let engineLoading
let engineLoaded = false
const engine = () =>
  (engineLoading ??= import("./engine.js").then(async ({ Engine }) => {
    const instance = new Engine(ROOT)
    await instance.ready()
    engineLoaded = true
    return instance
  }))
const textModule = () => import("./text.js")
/** Results a batch at a time, from a ranked list. */
const listSource = list => {
  let at = 0
  return { next: async count => list.slice(at, (at += count)) }
}

/** The results of one source, then those of the other. */
const chainSources = (first, then) => ({
  next: async count => {
    const out = await first.next(count)
    return out.length < count ? [...out, ...(await then.next(count - out.length))] : out
  },
})

if (box && toggle) setUpBox()
setUpHighlight()

function setUpBox() {
  const input = box.querySelector("[data-dossier-search-query]")
  const form = input.form
  const meta = box.querySelector("[data-dossier-search-meta]")
  const list = box.querySelector("[data-dossier-search-results]")
  const facetBar = box.querySelector("[data-dossier-search-facets]")
  const more = box.querySelector("[data-dossier-search-more]")
  const scroller = box.querySelector("[data-dossier-search-scroll]")
  const suggest = box.querySelector("[data-dossier-search-suggest]")
  const share = box.querySelector("[data-dossier-search-share]")
  const strings = JSON.parse(box.dataset.strings || "{}")

  const state = { plan: null, source: null, total: 0, rendered: 0, generation: 0, view: 0, chosen: {}, sort: "" }
  let timer

  const count = n =>
    n === 0 ? strings.none : n === 1 ? strings.one : (strings.other || "#").replace("#", n.toLocaleString("en"))
  const say = text => (meta.textContent = text)

  function open() {
    if (!toggle.checked) toggle.checked = true
    engine().catch(unavailable)
  }
  function failed(error) {
    console.error("search:", error)
    say("Search failed; the browser's console says why.")
  }
  function close() {
    toggle.checked = false
    if (box.contains(document.activeElement)) document.activeElement.blur()
  }
  function unavailable(error) {
    console.error("search:", error)
    say("Search is not available: its index could not be loaded.")
  }

  input.addEventListener("focus", open)
  toggle.addEventListener("change", () => (toggle.checked ? input.focus() : input.blur()))
  form.addEventListener("submit", event => {
    event.preventDefault()
    list.querySelector("a")?.click()
  })
  form.addEventListener("reset", () => {
    setTimeout(() => {
      answer("")
      input.focus()
    })
  })
  input.addEventListener("input", () => {
    clearTimeout(timer)
    timer = setTimeout(() => answer(input.value), DEBOUNCE_MS)
    if (suggest) suggest.textContent = ""
  })

  input.addEventListener("keydown", event => {
    const links = [...list.querySelectorAll("a")]
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      links.at(event.key === "ArrowDown" ? 0 : -1)?.focus()
    } else if ((event.key === "ArrowRight" || event.key === "Tab") && suggest?.textContent) {
      if (input.selectionStart !== input.value.length) return
      event.preventDefault()
      input.value = suggest.textContent
      suggest.textContent = ""
      input.dispatchEvent(new Event("input"))
    }
  })

  list.addEventListener("keydown", event => {
    const links = [...list.querySelectorAll("a")]
    const at = links.indexOf(document.activeElement)
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      const next = at + (event.key === "ArrowDown" ? 1 : -1)
      if (next < 0) input.focus()
      else links[Math.min(next, links.length - 1)]?.focus()
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      input.focus() // typing goes on in the box
    }
  })
  box.addEventListener("keydown", event => {
    if (event.key !== "Escape") return
    event.preventDefault()
    close() // from the box, a result or a facet, as Material's search closes
  })

  list.addEventListener("focusin", event => {
    const item = event.target.closest("li")
    if (item && state.rendered < state.total && item === list.lastElementChild) renderMore()
  })
  list.addEventListener("click", event => {
    if (event.target.closest("a")) close()
  })

  document.addEventListener("keydown", event => {
    if (toggle.checked || event.ctrlKey || event.metaKey || event.altKey) return
    if (!["/", "s", "f"].includes(event.key) || editable(document.activeElement)) return
    event.preventDefault()
    open()
    input.focus()
    input.select()
  })

  share?.addEventListener("click", async () => {
    const url = new URL(location.href)
    url.search = ""
    url.hash = ""
    url.searchParams.set("q", input.value)
    try {
      await navigator.clipboard.writeText(url.href)
      say(strings.copied || "Copied")
      setTimeout(() => state.plan && say(count(state.total)), 2000)
    } catch {
      window.prompt("", url.href)
    }
  })

  new IntersectionObserver(entries => entries.some(entry => entry.isIntersecting) && renderMore(), {
    root: scroller,
  }).observe(more)

  facetBar.addEventListener("click", event => {
    const chip = event.target.closest("button[data-facet]")
    if (!chip) return
    const { facet, value } = chip.dataset
    const chosen = (state.chosen[facet] ??= new Set())
    chosen.has(value) ? chosen.delete(value) : chosen.add(value)
    show({ keepFocus: `button[data-facet="${facet}"][data-value="${CSS.escape(value)}"]` }).catch(failed)
  })
  facetBar.addEventListener("change", event => {
    const select = event.target.closest("select")
    if (!select) return
    if (select.dataset.facet) state.chosen[select.dataset.facet] = new Set(select.value ? [select.value] : [])
    else state.sort = select.value
    show({ keepFocus: `select[name="${select.name}"]` }).catch(failed)
  })

  async function answer(raw) {
    const generation = ++state.generation
    box.setAttribute("aria-busy", "true")
    delete box.dataset.answered
    if (!raw.trim()) {
      state.plan = null
      list.replaceChildren()
      facetBar.hidden = true
      more.hidden = true
      if (suggest) suggest.textContent = ""
      say(strings.placeholder)
      box.removeAttribute("aria-busy")
      return
    }
    try {
      const search = await engine()
      const plan = await search.plan(raw)
      if (generation !== state.generation) return
      state.plan = plan
      await show({ generation, first: true })
      if (generation !== state.generation) return
      box.dataset.answered = raw // the query the results answer (tests and scripts wait for it)
      box.removeAttribute("aria-busy")
    } catch (error) {
      if (generation === state.generation) (engineLoaded ? failed : unavailable)(error)
    }
  }

  /** Ranks (with the chosen facets), counts and renders the current query's answer. */
  async function show({ generation = state.generation, first = false, keepFocus = "" } = {}) {
    const plan = state.plan
    if (!plan) return
    const search = await engine()
    const filters = search.filtersFor(state.chosen)
    const ranked = await search.rank(plan, filters)
    if (generation !== state.generation) return
    const view = ++state.view
    let source = listSource(ranked)
    if (state.sort && ranked.length) {
      const dated = await search.byDate(plan, filters, state.sort === "oldest" ? "asc" : "desc")
      const undated = ranked.filter(found => !dated.all.has(found.id))
      source = chainSources(dated, listSource(undated))
    }
    if (view !== state.view) return
    state.source = source
    state.total = ranked.length
    say(count(ranked.length))
    list.replaceChildren()
    more.hidden = true
    state.rendered = 0
    const counting = ranked.length || Object.values(state.chosen).some(values => values.size) ? facetCounts(view) : null
    if (!counting) facetBar.hidden = true
    await renderMore(view)
    if (view === state.view) box.dataset.view = String(view) // tests and scripts wait for it
    if (first && suggest && view === state.view) {
      const { completion } = await textModule()
      const titles = [...list.querySelectorAll("h1")].slice(0, 5).map(h => h.textContent)
      const completed = completion(input.value, titles)
      suggest.textContent = completed && completed !== input.value ? completed : ""
    }
    await counting
    if (keepFocus && view === state.view) facetBar.querySelector(keepFocus)?.focus()
  }

  async function facetCounts(view) {
    const search = await engine()
    const [counts, values] = await Promise.all([search.counts(state.plan, state.chosen), search.facetValues()])
    if (view === state.view) renderFacets(counts, values)
  }

  /** The next results, one batch after the other (the list's end and focus both ask). */
  function renderMore(view = state.view) {
    state.rendering = (state.rendering || Promise.resolve()).then(() => renderBatch(view)).catch(failed)
    return state.rendering
  }

  async function renderBatch(view) {
    if (view !== state.view || !state.source) return
    const search = await engine()
    const batch = await state.source.next(BATCH)
    state.rendered += batch.length
    if (!batch.length || view !== state.view) return
    const [{ excerpt, markAll }, pages] = await Promise.all([
      textModule(),
      Promise.all(batch.map(found => search.data(found))),
    ])
    if (view !== state.view) return
    const query = new URLSearchParams(state.plan.highlight.map(h => ["h", h])).toString()
    for (const data of pages) {
      data.content = search.readable(data.content || "")
      list.append(item(data, state.plan.terms, query, excerpt, markAll))
    }
    more.hidden = state.rendered >= state.total // shown below the list: scrolled to, it asks for more
  }

  function item(data, terms, query, excerpt, markAll) {
    const url = new URL(data.url, location.href)
    url.search = query
    const link = element("a", { href: url.href, class: "md-search-result__link", tabindex: "-1" })
    const article = element("article", {
      class: "md-search-result__article md-search-result__article--document md-typeset",
    })
    const heading = data.meta?.title || data.url
    const title = element("h1")
    title.append(markAll(heading, terms))
    const text = element("p")
    const content = data.content || ""
    text.append(excerpt(content.startsWith(heading) ? content.slice(heading.length) : content, terms))
    article.append(element("div", { class: "md-search-result__icon md-icon" }), title, text)
    if (data.meta?.label) {
      const tags = element("div", { class: "md-tags" })
      tags.append(element("span", { class: "md-tag" }, data.meta.label))
      article.append(tags)
    }
    link.append(article)
    const li = element("li", { class: "md-search-result__item" })
    li.append(link)
    return li
  }

  /** The facet bar: type chips, country and year menus with counts (none when the query has
   *  too many words to count exactly), and the sort menu. */
  function renderFacets(counts, values) {
    const bar = []
    const chosen = facet => state.chosen[facet] || new Set()
    const shown = facet =>
      Object.keys(values[facet] || {}).filter(value => !counts || counts[facet]?.[value] > 0 || chosen(facet).has(value))
    const label = (facet, value) => (counts ? counts[facet]?.[value] || 0 : null)
    const types = TYPE_ORDER.filter(type => shown("type").includes(type))
    if (types.length) {
      const group = element("div", { class: "dossier-search__facet", role: "group", "aria-label": LABELS.type })
      for (const type of types) {
        const chip = element("button", {
          type: "button",
          class: "dossier-search__chip",
          "data-facet": "type",
          "data-value": type,
          "aria-pressed": String(chosen("type").has(type)),
        })
        chip.append(type)
        const n = label("type", type)
        if (n !== null) chip.append(" ", element("span", { class: "dossier-search__count" }, String(n)))
        group.append(chip)
      }
      bar.push(group)
    }
    for (const facet of ["country", "year"]) {
      const options = shown(facet).sort(
        facet === "year" ? (a, b) => b.localeCompare(a) : (a, b) => (label(facet, b) || 0) - (label(facet, a) || 0) || a.localeCompare(b),
      )
      if (!options.length) continue
      const text = value => (label(facet, value) === null ? value : `${value} (${label(facet, value)})`)
      bar.push(select(facet, [["", "All"], ...options.map(value => [value, text(value)])], [...chosen(facet)][0] || ""))
    }
    if (values.sortable) bar.push(select("sort", SORTS, state.sort))
    facetBar.replaceChildren(...bar)
    facetBar.hidden = !bar.length
  }

  function select(name, options, value) {
    const label = element("label", { class: "dossier-search__select" })
    const field = element("select", { name: `dossier-search-${name}`, ...(name === "sort" ? {} : { "data-facet": name }) })
    for (const [optionValue, text] of options) {
      const option = element("option", { value: optionValue }, text)
      option.selected = optionValue === value
      field.append(option)
    }
    label.append(element("span", {}, LABELS[name]), field)
    return label
  }

  const shared = new URLSearchParams(location.search).get("q")
  if (shared) {
    input.value = shared
    open()
    input.focus()
    answer(shared)
  }
}

/** Marks the terms a result link carried (?h=…) in the page's content, in its own spelling. */
function setUpHighlight() {
  const enabled = box ? box.dataset.highlight === "True" : true
  const run = async () => {
    const asked = new URLSearchParams(location.search).getAll("h").filter(Boolean)
    const root = document.querySelector("[data-pagefind-body]") || document.querySelector("article")
    if (!enabled || !asked.length || !root || root.querySelector("mark[data-search-highlight]")) return
    const { highlight, term } = await textModule()
    highlight(root, asked.map(term))
  }
  if (window.document$?.subscribe) window.document$.subscribe(() => run())
  else run()
}

function editable(element) {
  return !!element && (element.isContentEditable || /^(input|textarea|select)$/i.test(element.tagName))
}

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  if (text !== undefined) node.textContent = text
  return node
}
