## How a diagnostic is printed

diagnostic-place = { $file }
diagnostic-place-line = { $column ->
    [0] { $file } line { $line }
   *[other] { $file } line { $line }, column { $column }
}
diagnostic-error = error: { $place }
diagnostic-warning = warning: { $place }
diagnostic-hint = hint: { $hint }
diagnostics-more-in-file = … and { $count ->
    [one] 1 more problem
   *[other] { $count } more problems
} in { $file } not shown; `kielo check --format json` lists them all
diagnostics-more = … and { $count ->
    [one] 1 more problem
   *[other] { $count } more problems
} not shown; `kielo check --format json` lists them all
build-stopped = the build stopped: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} to fix

## Why a command failed

error-interrupted = the build was interrupted before it finished; the previous output is unchanged
error-io = { $file }: { $reason }

## Hints shared by many problems

hint-did-you-mean = did you mean `{ $word }`?
diagnostic-same-on-more-pages = { $message } (the same on { $count ->
    [one] 1 more page
   *[other] { $count } more pages
})

## Summary lines

build-summary = Built { $pages ->
    [one] 1 page
   *[other] { $pages } pages
} ({ $languages }) into { $out } in { $ms } ms: { $changed ->
    [one] 1 file
   *[other] { $changed } files
} changed, { $added } added, { $removed } removed
build-summary-pictures = ; pictures: { $processed } processed, { $cached } from the cache
check-summary = Checked { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}{ $held ->
    [0] {""}
   *[other] {" "}and { $held } held back
}: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
created = created { $file }
init-next = {""}
    Next: cd { $command } && kielo serve
new-next = {""}
    The page is a draft: `kielo serve --drafts` shows it. Write its title and text, then remove the line `draft: true` to publish it.
cannot-print = cannot print the report: { $reason }

## Pages held back

held-back-until = held back: { $file } until { $until } ({ $zone })
held-back-draft = draft: { $file }
held-back-draft-explained = draft: { $file }: not published until `draft: true` is removed

## Lists

list-empty = nothing
list-and = { $first } and { $last }
list-comma = { $first }, { $rest }
usage-now = `--now { $value }` is not a time ({ $reason }); write it as a `date:` is written, e.g. 2026-12-01T09:00 on the site's clock or 2026-12-01T09:00:00+02:00
