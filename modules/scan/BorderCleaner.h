#pragma once

#include <QImage>

namespace motcua::scan {

// Whitens the dark strips a scanner leaves along the edges (its backing around a narrower or skewed sheet,
// the shadow of the lid). Walks in from each edge over at most `maxFraction` of the page and clears up to the
// last line that is mostly dark, so a form's own frame further in is never touched.
class BorderCleaner
{
public:
    struct Cleared
    {
        int top = 0;
        int bottom = 0;
        int left = 0;
        int right = 0;
    };
    // Works on Grayscale8 and RGB888 in place; `threshold` separates ink from paper.
    static Cleared clean(QImage& image, int threshold, double maxFraction = 0.05);
};

} // namespace motcua::scan
