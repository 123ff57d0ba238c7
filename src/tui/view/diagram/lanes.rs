//! Where the lanes of the diagram go in a frame: each gap between neighbouring lanes
//! as wide as its longest arrow label and the two lane names want, shared fairly
//! when the pane is too narrow for all of them; and the lane names above them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::put_str;
use crate::sim::Actor;
use crate::tui::app::App;
use crate::tui::text;
use crate::tui::width;

/// The fewest cells between the last lane and the border, where half its name goes.
const RIGHT_MARGIN: u16 = 4;

/// Where the gutter and the lanes are in this frame.
pub struct Lanes<'a> {
    pub area: Rect,
    /// Cells for `▶` and the step number.
    pub gutter: u16,
    actors: &'a [Actor],
    pub xs: Vec<u16>,
    /// Cells from each lane to the next.
    gaps: Vec<u16>,
    /// The full width of each lane's name.
    names: Vec<usize>,
}

impl<'a> Lanes<'a> {
    /// Spreads the lanes from just right of the gutter to just left of the border,
    /// each gap as wide as it wants when there is room (see `share`). The outer
    /// lane names are moved inwards when they do not fit centred.
    pub fn new(app: &'a App, area: Rect) -> Self {
        let actors = app.timeline().lanes();
        let digits = app.transcript().steps.len().max(1).ilog10() + 1;
        let gutter = width::to_u16(digits as usize + 3);
        let name = |actor: &Actor| {
            let [first, second] = text::lane(app.lang(), *actor);
            width::of(first).max(width::of(second))
        };
        // Half of each outer name beside its lane, and a cell to spare, so no name
        // touches the border.
        let half_first = actors.first().map_or(0, |a| name(a).div_ceil(2) + 1);
        let half_last = actors.last().map_or(0, |a| extents(name(a)).1 + 2);
        let left = area.x.saturating_add(gutter.max(width::to_u16(half_first)));
        let right = area
            .right()
            .saturating_sub(RIGHT_MARGIN.max(width::to_u16(half_last)));
        // A gap wants room for its widest label, and at least for the two names
        // over its lanes side by side.
        let names: Vec<usize> = actors.iter().map(name).collect();
        let wants: Vec<usize> = app
            .timeline()
            .gap_wants(app.transcript(), app.lang())
            .iter()
            .zip(names.windows(2))
            .map(|(label, pair)| (*label).max(extents(pair[0]).1 + extents(pair[1]).0 + 3))
            .collect();
        let gaps = share(&wants, usize::from(right.saturating_sub(left)));
        let mut xs = vec![left];
        for gap in &gaps {
            xs.push(xs.last().copied().unwrap_or(left).saturating_add(*gap));
        }
        xs.truncate(actors.len());
        Self {
            area,
            gutter,
            actors,
            xs,
            gaps,
            names,
        }
    }

    pub fn x_of(&self, actor: Actor) -> Option<u16> {
        let k = self.actors.iter().position(|a| *a == actor)?;
        self.xs.get(k).copied()
    }

    /// Cells for the name of lane `k`, centred, leaving a space before each
    /// neighbour's name (taken at its full width, so the room is never too much).
    fn name_room(&self, k: usize) -> usize {
        let mut room = usize::from(self.area.width);
        if let (Some(gap), Some(before)) = (
            k.checked_sub(1).and_then(|g| self.gaps.get(g)),
            k.checked_sub(1).and_then(|j| self.names.get(j)),
        ) {
            let left = usize::from(*gap).saturating_sub(extents(*before).1 + 2);
            room = room.min(2 * left + 1);
        }
        if let (Some(gap), Some(after)) = (self.gaps.get(k), self.names.get(k + 1)) {
            let right = usize::from(*gap).saturating_sub(extents(*after).0 + 2);
            room = room.min(2 * right + 2);
        }
        room
    }

    /// The two lines of lane names, centred on their lanes.
    pub fn names(&self, app: &App, buf: &mut Buffer) {
        for (k, (actor, x)) in self.actors.iter().zip(&self.xs).enumerate() {
            let room = self.name_room(k);
            for (line, y) in text::lane(app.lang(), *actor).iter().zip(self.area.y..) {
                let name = width::truncate(line, room);
                let w = width::to_u16(width::of(&name));
                // A cell kept free beside each border when the name is cut to fit.
                let low = self.area.x.saturating_add(1);
                let high = self.area.right().saturating_sub(w + 1).max(low);
                let start = x.saturating_sub(w / 2).clamp(low, high);
                put_str(
                    buf,
                    self.area,
                    start,
                    y,
                    &name,
                    app.theme().lane.patch(app.theme().title),
                );
            }
        }
    }
}

/// The cells a name `width` wide takes left and right of the lane it is centred on.
fn extents(width: usize) -> (usize, usize) {
    (width / 2, width.saturating_sub(1) - width / 2)
}

/// `span` cells split into gaps. With room to spare, each gets what it wants and an
/// even share of the rest. Without, each first gets what it wants up to a fair
/// share, and what is left goes to the ones still short, in proportion to how
/// short: one long label cannot squeeze a quiet gap shut.
fn share(wants: &[usize], span: usize) -> Vec<u16> {
    let total = wants.iter().sum::<usize>().max(1);
    let count = wants.len().max(1);
    if span >= total {
        let extra = (span - total) / count;
        return wants.iter().map(|w| width::to_u16(w + extra)).collect();
    }
    let fair = span / count;
    let base: Vec<usize> = wants.iter().map(|w| (*w).min(fair)).collect();
    let left = span.saturating_sub(base.iter().sum());
    let short: usize = wants
        .iter()
        .zip(&base)
        .map(|(w, b)| w - b)
        .sum::<usize>()
        .max(1);
    wants
        .iter()
        .zip(&base)
        .map(|(w, b)| width::to_u16(b + (w - b) * left / short))
        .collect()
}
