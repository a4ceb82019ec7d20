// Applies the saved colour theme before the first paint (a classic script, so it runs before the
// stylesheet is used). "auto" follows the system; the toggle in app.js cycles auto → light → dark.
(function () {
  var theme = "auto";
  try { theme = localStorage.getItem("resplain-theme") || "auto"; } catch (e) {}
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
})();
