package cn.ggzy.webui.layout;

import cn.ggzy.webui.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/**
 * One page of a list paged in the database, as cards (each item's {@link #card}); under them where this
 * page is in the whole list, with the previous and the next page (shown only when there is more than
 * one page). A list names its ids and classes by a prefix ({@code project}: {@code project-list},
 * {@code project-cards}, {@code project-list-range}, {@code project-list-previous} …) and its words by
 * its keys ({@code projects.list}: {@code .previous}, {@code .next}, {@code .range} with the first,
 * the last and the total, {@code .none} for an empty list).
 *
 * @param <T> one item of the list
 */
public abstract class PagedCards<T> extends Div {
  public final Div cards = new Div();
  public final Span range = new Span();
  public final Button previous = new Button();
  public final Button next = new Button();
  protected final Texts texts;
  private final String prefix;
  private final String keys;
  private SerializableConsumer<Integer> onPage = offset -> { };
  private int offset;
  private int limit;

  /**
   * @param prefix of the ids and classes ({@code project})
   * @param keys of the words ({@code projects.list})
   */
  protected PagedCards(Texts texts, String prefix, String keys) {
    this.texts = texts;
    this.prefix = prefix;
    this.keys = keys;
    setId(prefix + "-list");
    addClassName(prefix + "-list");
    cards.setId(prefix + "-cards");
    cards.addClassName(prefix + "-cards");
    range.setId(prefix + "-list-range");
    range.addClassName(prefix + "-list-range");
    previous.setId(prefix + "-list-previous");
    previous.setText(texts.get(keys + ".previous"));
    previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
    previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    previous.addClickListener(e -> onPage.accept(Math.max(0, offset - limit)));
    next.setId(prefix + "-list-next");
    next.setText(texts.get(keys + ".next"));
    next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
    next.setIconAfterText(true);
    next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    next.addClickListener(e -> onPage.accept(offset + limit));
    Div pager = new Div(previous, range, next);
    pager.addClassName(prefix + "-pager");
    add(cards, pager);
  }

  /** Called with the offset of the page asked for (previous or next). */
  public void onPage(SerializableConsumer<Integer> listener) {
    this.onPage = listener;
  }

  /** Shows the items of one page: from {@code offset}, at most {@code limit}, of {@code total} in all. */
  protected void show(List<T> items, long total, int offset, int limit) {
    this.offset = offset;
    this.limit = limit;
    cards.removeAll();
    items.forEach(item -> cards.add(card(item)));
    if (items.isEmpty()) {
      Span none = new Span(texts.get(keys + ".none"));
      none.setId(prefix + "-list-none");
      none.addClassName(prefix + "-empty");
      cards.add(none);
    }
    range.setText(total == 0 ? "" : texts.get(keys + ".range", String.valueOf(offset + 1),
        String.valueOf(offset + items.size()), String.valueOf(total)));
    previous.setEnabled(offset > 0);
    next.setEnabled(offset + items.size() < total);
    previous.setVisible(total > items.size());
    next.setVisible(total > items.size());
  }

  /** One item as a card. */
  protected abstract Component card(T item);
}
