// A page the browser brings back from its back/forward cache shows what it showed when it
// was left, even answers cleared since ("Start again", "Clear my answers"). Such a page is
// fetched again, so it shows only what the server still has. Pages work without this.
addEventListener('pageshow', function (event) {
  if (event.persisted) {
    location.reload();
  }
});
