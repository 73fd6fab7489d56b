#pragma once

namespace majakka::ui {

// Registers the icons compiled into this static library. Called once before
// the first window; calling it again does nothing.
void initResources();

} // namespace majakka::ui
