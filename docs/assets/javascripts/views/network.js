/* The network view: entities and their links, drawn with Cytoscape.js from the site's own
 * open data (api/entities.json, api/relations.json, linked from the page).
 *
 * This file is on every page but acts only where the page has [data-dossier-network]; the
 * graph library (vendored under assets/vendor/cytoscape/) is loaded only then. Material's
 * instant navigation swaps pages without reloading, so set-up runs on each `document$` event.
 * The page's tables list the same links for keyboard and screen-reader users; the filters
 * apply to both.
 */
(function () {
  "use strict";

  var LIBRARY = new URL("../../vendor/cytoscape/cytoscape.min.js", document.currentScript.src).href;
  var loading = null;
  var current = null;

  function loadLibrary() {
    if (window.cytoscape) return Promise.resolve(window.cytoscape);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = LIBRARY;
        script.onload = function () { resolve(window.cytoscape); };
        script.onerror = function () { loading = null; reject(new Error("could not load " + LIBRARY)); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function getJSON(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response.json();
    });
  }

  // A theme colour variable as rgb()/rgba(): Cytoscape does not parse 8-digit hex or "225deg".
  function colour(element, name) {
    var probe = document.createElement("span");
    probe.style.display = "none";
    probe.style.color = "var(" + name + ", #888)";
    element.appendChild(probe);
    var value = getComputedStyle(probe).color;
    probe.remove();
    return value || "#888";
  }

  function styles(root, types) {
    var sheet = [
      {
        selector: "node",
        style: {
          "background-color": "#888",
          "border-width": 1.5,
          "border-color": colour(root, "--md-default-bg-color"),
          label: "data(label)",
          color: colour(root, "--md-default-fg-color"),
          "font-size": 10,
          "min-zoomed-font-size": 7,
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-outline-width": 2,
          "text-outline-color": colour(root, "--md-default-bg-color"),
          width: "data(size)",
          height: "data(size)",
        },
      },
      { selector: "edge", style: { width: 1.2, "curve-style": "bezier", "line-color": colour(root, "--dossier-edge-typed"), opacity: 0.7 } },
      { selector: "edge[kind = 'co']", style: { "line-style": "dashed", "line-color": colour(root, "--dossier-edge-co"), width: "mapData(weight, 1, 4, 1, 3)", opacity: 0.6 } },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: "node.focus", style: { "border-width": 3, "border-color": colour(root, "--md-accent-fg-color") } },
    ];
    types.forEach(function (type) {
      sheet.push({ selector: "node[type = '" + type + "']", style: { "background-color": colour(root, "--dossier-type-" + type) } });
    });
    return sheet;
  }

  function elements(entities, relations, siteRoot) {
    var known = {};
    var count = entities.entities.length;
    var nodes = entities.entities.map(function (entity, index) {
      known[entity.slug] = true;
      var angle = (2 * Math.PI * index) / count;  // a fixed start, so the layout is the same each visit
      return {
        group: "nodes",
        data: { id: entity.slug, label: entity.name, type: entity.type, url: new URL(entity.url, siteRoot).href, size: 12 + 5 * Math.sqrt(entity.articles) },
        position: { x: 300 * Math.cos(angle), y: 300 * Math.sin(angle) },
      };
    });
    var edges = [];
    relations.typed.forEach(function (r, i) {
      if (known[r.source] && known[r.target]) edges.push({ group: "edges", data: { id: "t" + i, source: r.source, target: r.target, kind: "typed", label: r.label } });
    });
    relations.co_mentions.forEach(function (r, i) {
      if (known[r.source] && known[r.target]) edges.push({ group: "edges", data: { id: "c" + i, source: r.source, target: r.target, kind: "co", weight: r.passages } });
    });
    return nodes.concat(edges);
  }

  function checked(root, name) {
    var values = {};
    root.querySelectorAll("input[name='" + name + "']").forEach(function (box) { values[box.value] = box.checked; });
    return values;
  }

  function applyFilters(root, cy) {
    var types = checked(root, "type");
    var kinds = checked(root, "edges");
    var shownNodes = 0;
    var shownEdges = 0;
    if (cy) {
      cy.batch(function () {
        cy.nodes().forEach(function (node) {
          var on = types[node.data("type")] !== false;
          node.style("display", on ? "element" : "none");
          if (on) shownNodes += 1;
        });
        cy.edges().forEach(function (edge) {
          var on = kinds[edge.data("kind")] !== false && types[edge.source().data("type")] !== false && types[edge.target().data("type")] !== false;
          edge.style("display", on ? "element" : "none");
          if (on) shownEdges += 1;
        });
      });
    }
    document.querySelectorAll("tr[data-types]").forEach(function (row) {
      var on = kinds[row.dataset.edge] !== false && row.dataset.types.split(" ").every(function (t) { return types[t] !== false; });
      row.hidden = !on;
    });
    return [shownNodes, shownEdges];
  }

  function describe(root, counts) {
    root.querySelector(".dossier-network__status").textContent =
      counts[0] + " entities and " + counts[1] + " links shown. Select a dot to open its page.";
  }

  function draw(root, cytoscape, entities, relations) {
    var siteRoot = new URL("../", root.querySelector("a[data-kind='entities']").href);
    var canvas = root.querySelector(".dossier-network__canvas");
    var types = entities.types;
    var cy = cytoscape({
      container: canvas,
      elements: elements(entities, relations, siteRoot),
      style: styles(root, types),
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 70; }, padding: 20 },
      minZoom: 0.15,
      maxZoom: 5,
    });
    cy.on("tap", "node", function (event) { window.location.assign(event.target.data("url")); });
    cy.on("mouseover", "node", function (event) {
      var hood = event.target.closedNeighborhood();
      cy.elements().not(hood).addClass("faded");
      event.target.addClass("focus");
      canvas.style.cursor = "pointer";
    });
    cy.on("mouseout", "node", function (event) {
      cy.elements().removeClass("faded");
      event.target.removeClass("focus");
      canvas.style.cursor = "";
    });
    // The theme's light/dark toggle changes the colour variables: restyle the graph with them.
    var observer = new MutationObserver(function () { cy.style(styles(root, types)); });
    observer.observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
    cy.on("destroy", function () { observer.disconnect(); });
    return cy;
  }

  function zoomBy(cy, factor) {
    var box = cy.container().getBoundingClientRect();
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: box.width / 2, y: box.height / 2 } });
  }

  function setUp(root) {
    var status = root.querySelector(".dossier-network__status");
    status.textContent = "Loading the graph…";
    root.dataset.state = "loading";
    var entitiesUrl = root.querySelector("a[data-kind='entities']").href;
    var relationsUrl = root.querySelector("a[data-kind='relations']").href;
    Promise.all([loadLibrary(), getJSON(entitiesUrl), getJSON(relationsUrl)])
      .then(function (results) {
        if (!root.isConnected) return;
        var cy = draw(root, results[0], results[1], results[2]);
        cy.resize();
        cy.fit(undefined, 20);
        current = cy;
        root.dossierGraph = cy;  // for scripts and tests: the Cytoscape instance
        root.addEventListener("change", function () { describe(root, applyFilters(root, cy)); });
        root.querySelector("[data-action='zoom-in']").addEventListener("click", function () { zoomBy(cy, 1.3); });
        root.querySelector("[data-action='zoom-out']").addEventListener("click", function () { zoomBy(cy, 1 / 1.3); });
        root.querySelector("[data-action='fit']").addEventListener("click", function () { cy.fit(undefined, 20); });
        describe(root, applyFilters(root, cy));
        root.dataset.state = "ready";
      })
      .catch(function (error) {
        root.dataset.state = "error";
        status.textContent = "The graph could not be drawn (" + error.message + "); the tables below list its links.";
        root.addEventListener("change", function () { applyFilters(root, null); });
      });
  }

  function boot() {
    if (current && !current.container().isConnected) {
      current.destroy();  // left the network page: free the old graph
      current = null;
    }
    document.querySelectorAll("[data-dossier-network]:not([data-state])").forEach(setUp);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(boot);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", boot);
  } else {
    boot();
  }
})();
