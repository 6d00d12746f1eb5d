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
serve-thread-stopped = the rebuild thread stopped unexpectedly
serve-port-in-use = port { $port } is in use (another kielo serve?); { $free ->
    [0] try `kielo serve --port 0` for any free port
   *[other] try `kielo serve --port { $free }`
}
serve-overlay-title = The site did not build
serve-overlay-note = This is the last good version. Fix the problem and save: the page reloads by itself.
serve-overlay-close = Close
