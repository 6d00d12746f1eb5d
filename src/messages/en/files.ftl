## Reading the site's files

read-no-folder = there is no folder { $folder }: give the site folder with --root
file-unreadable = cannot be read: { $reason }
file-unreadable-hint = check that the file exists and is readable
file-too-large = is larger than the { $megabytes } MB kielo reads from one file
file-too-large-hint = make the file smaller, or split it in several
file-not-utf8 = is not valid UTF-8 text (first bad byte at offset { $offset })
file-not-utf8-hint = save the file as UTF-8 in your editor
file-link-outside = is a link to { $target }, which is outside the site folder; kielo does not follow links out of the site
file-link-outside-hint = copy what it points to into the site folder, or remove the link
file-broken-link = is a link to { $target }, which does not exist
file-broken-link-hint = remove the link, or create what it points to inside the site
file-link-loop = this link points back to a folder that contains it
file-link-loop-hint = remove the link
file-not-folder = is not a folder
file-not-folder-hint = make it a folder, or remove it
file-not-regular = is not a regular file but { $kind ->
    [folder] a folder
   *[other] a pipe, device or socket, which would block the build
}
file-not-regular-hint = replace it with an ordinary file, or remove it
file-control-character = the invisible character { $character } is here, which web pages and feeds cannot carry
file-control-character-hint = delete it (it often comes with text pasted from another program), or retype the text
file-address-record = kielo could not keep its record of the addresses it published: { $reason }
file-address-record-hint = make { $folder } an ordinary folder kielo may write, or delete it; until then kielo cannot tell when a page's address disappears
