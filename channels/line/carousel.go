package line

import (
	"strings"

	"github.com/chanrender/chanrender/channels"
	"github.com/chanrender/chanrender/schema"
)

// Column text limits (docs/CHANNEL-LIMITS.md §1.2 "Column title", "Column
// text"; counted in grapheme clusters, L-CNT).
const (
	columnTitleMax     = 40
	columnTextMax      = 120
	columnShortTextMax = 60 // with an image or a title
)

// textUnit counts the fields LINE measures in grapheme clusters (labels,
// template titles and texts; L-CNT). Code points are never fewer than
// grapheme clusters, so a text within n code points is within n clusters as
// LINE counts, and also within the derived schema's maxLength, which JSON
// Schema validators count in code points (docs/CHANNEL-LIMITS.md: "maxLength
// counts code points"). The cost is that a label of emoji sequences or
// combining marks is cut earlier than LINE would require.
const textUnit = channels.Runes

func lineLimit(n int) channels.Limit { return channels.Limit{Max: n, Unit: textUnit} }

// column is a carousel column being built.
type column struct {
	item    int
	image   string
	def     Action
	actions []Action
}

// carousel builds a carousel (or a list, which the table converts to one):
// a carousel template, then a buttons template with the message-level
// buttons if any. See the package documentation for the column shape.
func (b *builder) carousel() []Message {
	m := b.m
	cols := make([]column, 0, len(m.Items))
	for i, it := range m.Items {
		c := column{item: i}
		for j, a := range it.Actions {
			p := b.ctx.ActionPath(i, j)
			la, ok := b.templateAction(p, a)
			switch {
			case !ok:
			case a.Default && a.Type == schema.ActionLink && c.def == nil:
				c.def = la
			default:
				c.actions = append(c.actions, la)
			}
		}
		cols = append(cols, c)
	}
	// The engine has applied LINE's column rules from the table (at least
	// one action, the same number in every column, https JPEG or PNG
	// thumbnails within 2000 units, an image in all columns or none), so
	// the columns are only shaped here.
	for k := range cols {
		if u := m.Items[cols[k].item].MediaURL; u != "" {
			cols[k].image = channels.WireURL(u)
		}
	}

	textMax := columnTextMax
	if cols[0].image != "" {
		textMax = columnShortTextMax
	}
	titled := b.titled(cols, textMax)
	tpl := &CarouselTemplate{Type: templateCarousel, Columns: make([]Column, 0, len(cols))}
	for _, c := range cols {
		it := m.Items[c.item]
		ip := b.ctx.ItemPath(c.item)
		col := Column{ThumbnailImageURL: c.image, DefaultAction: c.def, Actions: c.actions}
		if titled {
			col.Title = nonEmpty(b.ctx.Fit(ip+".title", it.Title, lineLimit(columnTitleMax)))
			if present(it.Description) {
				col.Text = b.ctx.Fit(ip+".description", it.Description, lineLimit(columnShortTextMax))
			} else {
				col.Text = b.ctx.Fit(ip+".title", it.Title, lineLimit(columnShortTextMax))
			}
		} else {
			col.Text = b.columnText(ip, it.Title, it.Description, textMax)
		}
		col.Text = nonEmpty(col.Text)
		tpl.Columns = append(tpl.Columns, col)
	}
	if cols[0].image != "" && m.DisplaySettings != nil {
		tpl.ImageAspectRatio = aspectRatio(m.DisplaySettings.ImageAspectRatio)
	}
	altPath := "items"
	if m.Text != "" {
		altPath = "text"
	}
	msgs := []Message{&TemplateMessage{Type: typeTemplate, AltText: b.altText(altPath, b.fallbackText(m), nil), Template: tpl}}
	return append(msgs, b.buttons(false)...)
}

// titled chooses the column shape (see the package documentation): no
// title when no item has a description; otherwise the shape that cuts
// fewer graphemes, titled on a tie only when every item has a
// description.
func (b *builder) titled(cols []column, textMax int) bool {
	some, all := false, true
	lossTitled, lossPlain := 0, 0
	for _, c := range cols {
		it := b.m.Items[c.item]
		t := channels.Limit{Unit: textUnit}.Len(it.Title)
		if present(it.Description) {
			some = true
			d := channels.Limit{Unit: textUnit}.Len(it.Description)
			lossTitled += over(t, columnTitleMax) + over(d, columnShortTextMax)
			lossPlain += over(t+1+d, textMax)
		} else {
			all = false
			// The title is repeated as the text: what is lost is what
			// the longer of the two cannot show.
			lossTitled += over(t, columnShortTextMax)
			lossPlain += over(t, textMax)
		}
	}
	if !some {
		return false
	}
	if lossTitled != lossPlain {
		return lossTitled < lossPlain
	}
	return all
}

func over(n, limit int) int { return max(0, n-limit) }

// columnText is the text of an untitled column: the title, then the
// description on the next line, within limit graphemes. The description is
// cut first; when the title leaves it no room it is dropped.
func (b *builder) columnText(ip, title, desc string, limit int) string {
	l := lineLimit(limit)
	if !present(desc) {
		return b.ctx.Fit(ip+".title", title, l)
	}
	full := title + "\n" + desc
	if l.Fits(full) {
		return full
	}
	if room := limit - l.Len(title) - 1; room >= 2 {
		s := title + "\n" + b.ctx.Fit(ip+".description", desc, lineLimit(room))
		if l.Fits(s) {
			return s
		}
	}
	b.ctx.Add(channels.Dropped, ip+".description", "no room is left for the description in a LINE column text")
	return b.ctx.Fit(ip+".title", title, l)
}

// aspectRatio maps displaySettings.imageAspectRatio to the carousel's.
func aspectRatio(a schema.AspectRatio) string {
	switch a {
	case schema.AspectHorizontal:
		return aspectRectangle
	case schema.AspectSquare:
		return aspectSquare
	default:
		return ""
	}
}

// present reports whether s is not empty after trimming white space.
func present(s string) bool { return strings.TrimSpace(s) != "" }

// nonEmpty keeps a required LINE text from being empty (only a hand-built
// message without a title can make it so).
func nonEmpty(s string) string {
	if present(s) {
		return s
	}
	return placeholder
}
