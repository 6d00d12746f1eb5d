## kielo serve

serve-serving = Serving at { $url }
serve-rebuilt = Rebuilt in { $ms } ms ({ $files ->
    [one] 1 file
   *[other] { $files } files
} changed)
serve-goes-on = kielo serve goes on with the last good version of the site, if any; save a fix to rebuild
serve-cannot-watch = warning: cannot watch { $folder } for changes: { $reason }
serve-open-to-network = warning: listening on { $address }: the preview is reachable from the network, with any drafts and embargoed pages it shows; use --bind 127.0.0.1 to keep it on this machine
serve-no-browser = warning: cannot open a browser: { $reason }
serve-stopped = error: the server stopped: { $reason }
serve-connections-cut = warning: connections still open { $seconds } s after the stop signal were cut
serve-cannot-start = cannot start the server: { $reason }
serve-cannot-listen = cannot listen: { $reason }
serve-cannot-listen-on = cannot listen on { $address }: { $reason }
serve-no-signals = cannot handle signals: { $reason }
serve-no-thread = cannot start the rebuild thread: { $reason }
serve-thread-stopped = the rebuild thread stopped unexpectedly
serve-port-in-use = port { $port } is in use (another kielo serve?); { $free ->
    [0] try `kielo serve --port 0` for any free port
   *[other] try `kielo serve --port { $free }`
}
serve-overlay-title = The site did not build
serve-overlay-note = This is the last good version. Fix the problem and save: the page reloads by itself.
serve-overlay-note-first = Nothing has been built yet. Fix the problem and save: the page reloads by itself.
serve-nothing-built-title = Nothing built yet
serve-nothing-built = The site has not been built yet. This page reloads by itself when it is.
serve-not-found-title = Not found
serve-not-found = No file of the site has this address.
serve-overlay-close = Close

## Where the site is written

output-clash = this page or one of its aliases would be written to { $path }, which { $other } also claims
output-clash-hint = give one of the pages a different `slug`
output-clash-static = the site also writes a page, feed or tag page at { $clash }, so this file cannot be written to { $path }
output-clash-static-hint = rename the file, or give the page another `slug`
output-clash-page-under-file = this page would be written to { $path }, but the site writes a file at { $file }, where that needs a folder
output-clash-alias-under-file = an alias of this page would be written to { $path }, but the site writes a file at { $file }, where that needs a folder
output-clash-alias-under-file-hint = choose an alias that is not the name of one of the site's files
output-clash-slug-hint = give the page another `slug`
output-clash-two-pages = two pages of the site would both be written to { $path }
output-clash-two-pages-hint = give the page whose address ends in that folder another `slug`, as kielo writes a listing, tag page or feed there
output-clash-file-and-folder = the site would write both a file and a folder at { $path }
output-clash-file-and-folder-hint = give the page whose address ends in that name another `slug`
output-clash-file = this file would be published at { $address }, where { $other } is published too
output-clash-file-hint = rename one of the files
output-feed = a feed without a section page
output-folder-is-site = the output folder is the site folder: building into it would delete the site's own files
output-folder-holds-site = the output folder holds the site folder { $site }: building into it would delete the site
output-folder-in-sources = the output folder is inside the site's { $folder }/ folder: building into it would delete the site's sources
output-folder-is-file = the output folder is a file, not a folder: kielo will not replace it
output-folder-hint = write the site into a folder of its own, such as `public/` in the site folder (the default)
output-not-ours = already holds files that kielo did not make (there is no { $marker } in it); a build replaces its output folder whole, so it would delete them
output-not-ours-hint = build into a new or empty folder with `--out`; if this is an earlier build, delete it, or add `--force` once to replace its contents
output-broken-link = is a link to { $target }, which does not exist
output-broken-link-hint = create the folder it points to, or give the real folder with `--out`
output-cleanup = an old output file could not be removed: { $reason }
output-cleanup-more = an old output file could not be removed (and { $more } more): { $reason }
output-cleanup-hint = the new site is in place; the next build tries again to remove it
