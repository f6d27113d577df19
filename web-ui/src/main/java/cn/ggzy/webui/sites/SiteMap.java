package cn.ggzy.webui.sites;

import cn.ggzy.server.application.SiteSupervision.SiteVertex;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A map of our own over Leaflet (the WebJar, served by this site; no npm package, no frontend build): the
 * site's polygon, marks (check-ins, coloured by outcome, each with its text), and in drawing mode the
 * polygon an officer clicks vertex by vertex, reported back to the server. Tiles from {@link MapTiles}.
 */
public class SiteMap extends Div {
  static final String LEAFLET = "webjars/leaflet/1.9.4/dist/";
  private static final String SCRIPT = String.join("\n",
      "const el = $0, cfg = JSON.parse($1);",
      "const go = () => {",
      "  if (!window.L) { setTimeout(go, 50); return; }",
      "  if (el._map) { el._map.remove(); }",
      "  const map = L.map(el, {zoomControl: true});",
      "  el._map = map;",
      "  L.tileLayer(cfg.tiles, {maxZoom: 19, attribution: cfg.attribution}).addTo(map);",
      "  const layer = L.featureGroup().addTo(map);",
      "  if (cfg.site.length >= 3) { L.polygon(cfg.site, {color: '#1565c0', weight: 2, fillOpacity: 0.1,",
      "    className: 'site-fence'}).addTo(layer); }",
      "  cfg.marks.forEach(m => L.circleMarker([m.lat, m.lon], {radius: 8, color: '#fff', weight: 2,",
      "    fillColor: m.color, fillOpacity: 0.9, className: 'site-mark ' + m.kind}).bindTooltip(m.label).addTo(layer));",
      "  // fitted once the container has its size (a map in a closed details, or before layout, has none)",
      "  const fit = () => { if (!el.clientWidth || !el.clientHeight) { return false; } map.invalidateSize();",
      "    if (layer.getLayers().length) { map.fitBounds(layer.getBounds().pad(0.4), {maxZoom: 18}); }",
      "    else { map.setView([cfg.lat, cfg.lon], cfg.zoom); } return true; };",
      "  map.setView([cfg.lat, cfg.lon], cfg.zoom);",
      "  let fitted = fit();",
      "  if (window.ResizeObserver) { new ResizeObserver(() => { map.invalidateSize();",
      "    if (!fitted) { fitted = fit(); } }).observe(el); }",
      "  setTimeout(() => { if (!fitted) { fitted = fit(); } }, 200);",
      "  if (cfg.draw) {",
      "    let pts = cfg.site.slice(); let shape = null;",
      "    const redraw = () => { if (shape) { layer.removeLayer(shape); } shape = pts.length ?",
      "      L.polygon(pts, {color: '#c62828', className: 'site-drawn'}).addTo(layer) : null;",
      "      el.$server.drawn(JSON.stringify(pts)); };",
      "    map.on('click', e => { pts.push([e.latlng.lat, e.latlng.lng]); redraw(); });",
      "    el.clearDrawing = () => { pts = []; redraw(); };",
      "  }",
      "  el.dataset.ready = 'true'; el.dataset.marks = String(cfg.marks.length);",
      "};",
      "go();");

  /** A point on the map: where, its colour, its text and its kind (a CSS class, e.g. the outcome). */
  public record Mark(double latitude, double longitude, String color, String label, String kind) {}

  private final boolean drawing;
  private List<SiteVertex> site = List.of();
  private List<Mark> marks = List.of();
  private double centreLatitude = 31.173;
  private double centreLongitude = 115.008;
  private SerializableConsumer<List<SiteVertex>> onDrawn = v -> { };

  public SiteMap(boolean drawing) {
    this.drawing = drawing;
    addClassName("site-map");
    getElement().setAttribute("role", "application");
    setWidthFull();
    setHeight("320px");
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    event.getUI().getPage().addStyleSheet("context://" + LEAFLET + "leaflet.css");
    event.getUI().getPage().addJavaScript("context://" + LEAFLET + "leaflet.js");
    render();
  }

  /** Where an empty map opens (e.g. the region's seat). */
  public void centre(double latitude, double longitude) {
    this.centreLatitude = latitude;
    this.centreLongitude = longitude;
  }

  public void show(List<SiteVertex> polygon, List<Mark> points) {
    this.site = List.copyOf(polygon);
    this.marks = List.copyOf(points);
    if (isAttached()) {
      render();
    }
  }

  public void onDrawn(SerializableConsumer<List<SiteVertex>> listener) {
    this.onDrawn = listener;
  }

  public void clearDrawing() {
    getElement().executeJs("if ($0.clearDrawing) { $0.clearDrawing(); }", getElement());
  }

  private void render() {
    JsonArrayBuilder polygon = Json.createArrayBuilder();
    site.forEach(v -> polygon.add(Json.createArrayBuilder().add(v.latitude()).add(v.longitude())));
    JsonArrayBuilder points = Json.createArrayBuilder();
    marks.forEach(m -> points.add(Json.createObjectBuilder().add("lat", m.latitude()).add("lon", m.longitude())
        .add("color", m.color()).add("label", m.label()).add("kind", m.kind())));
    String config = Json.createObjectBuilder().add("tiles", MapTiles.template()).add("attribution",
        MapTiles.attribution()).add("site", polygon).add("marks", points).add("draw", drawing)
        .add("lat", centreLatitude).add("lon", centreLongitude).add("zoom", 14).build().toString();
    getElement().executeJs(SCRIPT, getElement(), config);
  }

  @ClientCallable
  private void drawn(String json) {
    if (!drawing || json == null || json.length() > 20_000) {
      return;
    }
    List<SiteVertex> vertices = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      for (int i = 0; i < array.size() && i < 200; i++) {
        JsonArray p = array.getJsonArray(i);
        vertices.add(new SiteVertex(p.getJsonNumber(0).doubleValue(), p.getJsonNumber(1).doubleValue()));
      }
    } catch (RuntimeException e) {
      return;
    }
    site = vertices;
    onDrawn.accept(vertices);
  }
}
