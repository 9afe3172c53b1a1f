"""The web app: topic pages, stories, articles, search; a JSON twin for each."""
