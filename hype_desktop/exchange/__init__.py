"""Files that cross the app's boundary: instruments, exports, reports."""
