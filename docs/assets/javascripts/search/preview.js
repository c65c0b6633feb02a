/* Link previews: hovering or focusing a link to an entity page shows a small card (name, what it
 * is, role or kind, one line of description) without leaving the page, as Wikipedia does.
 *
 * Each card is a few hundred bytes, previews/<type>/<slug>.json, written by the build
 * (hooks/dossier/publish/search_files.py) and fetched the first time its link is pointed at.
 * The card is a tooltip: the link names it with aria-describedby while it shows, so a keyboard
 * or screen-reader user gets it by focusing the link; Escape hides it. One listener on the
 * document serves every page, including those Material's instant navigation swaps in.
 */
const ROOT = new URL("../../../", import.meta.url)
const TYPES = ["leaders", "cities", "agreements", "initiatives", "organizations", "events"]
const ENTITY = new RegExp(`^${ROOT.pathname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(${TYPES.join("|")})/([^/]+)/$`)
const HOVER_MS = 300
const LEAVE_MS = 150
const ID = "dossier-preview"

const cards = new Map()
let current = null // the link whose card shows or is about to
let timer

function entityOf(link) {
  if (!link || link.closest(".md-search, .md-header, .md-tabs, .md-nav, #" + ID)) return null
  const url = new URL(link.href, location.href)
  if (url.origin !== location.origin || url.pathname === location.pathname) return null
  const match = ENTITY.exec(url.pathname)
  return match ? { type: match[1], slug: match[2] } : null
}

function card(entity) {
  const key = `${entity.type}/${entity.slug}`
  if (!cards.has(key))
    cards.set(
      key,
      fetch(new URL(`previews/${key}.json`, ROOT))
        .then(response => (response.ok ? response.json() : null))
        .catch(() => null),
    )
  return cards.get(key)
}

function tooltip() {
  let element = document.getElementById(ID)
  if (!element) {
    element = document.createElement("div")
    element.id = ID
    element.className = "dossier-preview md-typeset"
    element.setAttribute("role", "tooltip")
    element.hidden = true
    element.addEventListener("mouseenter", () => clearTimeout(timer))
    element.addEventListener("mouseleave", () => leave())
    ;(document.querySelector("main") || document.body).append(element) // in a landmark, for screen readers
  }
  return element
}

function fill(element, data) {
  const line = (className, text) => {
    const part = document.createElement("span")
    part.className = className
    part.textContent = text
    return part
  }
  const name = line("dossier-preview__name", data.name)
  const parts = [name]
  if (data.native) parts.push(line("dossier-preview__native", data.native))
  parts.push(line("dossier-preview__label", data.label || ""))
  if (data.detail) parts.push(line("dossier-preview__detail", data.detail))
  if (data.description) parts.push(line("dossier-preview__description", data.description))
  element.replaceChildren(...parts)
}

function place(element, link) {
  const box = link.getClientRects()[0] || link.getBoundingClientRect()
  element.style.left = "0px"
  element.style.top = "0px"
  element.hidden = false
  const { width, height } = element.getBoundingClientRect()
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8))
  const below = box.bottom + 6
  const top = below + height > window.innerHeight && box.top - height - 6 > 0 ? box.top - height - 6 : below
  element.style.left = `${left + window.scrollX}px`
  element.style.top = `${top + window.scrollY}px`
}

async function show(link) {
  const entity = entityOf(link)
  if (!entity) return
  const data = await card(entity)
  if (!data || current !== link) return
  const element = tooltip()
  fill(element, data)
  place(element, link)
  link.setAttribute("aria-describedby", ID)
}

function hide() {
  clearTimeout(timer)
  const element = document.getElementById(ID)
  if (element) element.hidden = true
  if (current?.getAttribute("aria-describedby") === ID) current.removeAttribute("aria-describedby")
  current = null
}

function enter(link, delay) {
  if (link === current) return clearTimeout(timer)
  hide()
  if (!entityOf(link)) return
  current = link
  timer = setTimeout(() => show(link), delay)
}

function leave() {
  clearTimeout(timer)
  timer = setTimeout(hide, LEAVE_MS)
}

document.addEventListener("mouseover", event => {
  const link = event.target.closest?.("a[href]")
  if (link) enter(link, HOVER_MS)
})
document.addEventListener("mouseout", event => {
  const link = event.target.closest?.("a[href]")
  if (link && link === current && !link.contains(event.relatedTarget)) leave()
})
document.addEventListener("focusin", event => {
  const link = event.target.closest?.("a[href]")
  if (link) enter(link, 0)
  else if (current) hide()
})
document.addEventListener("focusout", event => {
  if (event.target === current) hide()
})
document.addEventListener("keydown", event => {
  if (event.key === "Escape" && current) hide()
})
window.addEventListener("scroll", () => current && document.activeElement !== current && hide(), { passive: true })
if (window.document$?.subscribe) window.document$.subscribe(() => hide())
