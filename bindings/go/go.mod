module marketplane.local/go

go 1.23
