"""The order of the main window's tabs: the navigator's on the left, the workspace's on
the right (the window and its commands bring a tab to the front by these)."""

NAV_LIBRARY, NAV_THEMES, NAV_SEARCH = 0, 1, 2
WORK_THEME, WORK_BRIEFING, WORK_COMMITMENTS, WORK_CHANGES = 0, 1, 2, 3
