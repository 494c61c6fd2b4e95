package marketplane_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"marketplane.local/go/marketplane"
)

// goName spells a table method's Rust name (`get_gov_cloud_account_information`) as the generator does in Go
// (`GetGovCloudAccountInformation`; initialisms in capitals).
func goName(method string) string {
	var out strings.Builder
	for _, word := range strings.Split(method, "_") {
		switch word {
		case "":
		case "ids":
			out.WriteString("IDs")
		case "id", "url", "http", "arn", "aws", "sam", "api", "json", "otp", "sql":
			out.WriteString(strings.ToUpper(word))
		default:
			out.WriteString(strings.ToUpper(word[:1]) + word[1:])
		}
	}
	return out.String()
}

// TestEveryOperationIsReachable walks the library's operation tables: every operation is a method of its service
// object, named by the table, taking a context and its input record and answering its output (or just an error);
// every list operation also has its iterators over pages and over items, taking a context too.
func TestEveryOperationIsReachable(t *testing.T) {
	objects := map[string]reflect.Type{
		"accounts":      reflect.TypeOf(&marketplane.Accounts{}),
		"applications":  reflect.TypeOf(&marketplane.Applications{}),
		"catalog":       reflect.TypeOf(&marketplane.Catalog{}),
		"discovery":     reflect.TypeOf(&marketplane.Discovery{}),
		"agreements":    reflect.TypeOf(&marketplane.Agreements{}),
		"organizations": reflect.TypeOf(&marketplane.Organizations{}),
	}
	errorType := reflect.TypeOf((*error)(nil)).Elem()
	contextType := reflect.TypeOf((*context.Context)(nil)).Elem()
	table := marketplane.OperationTable()
	var missing []string
	perObject := map[string]int{}
	for _, row := range table {
		object, known := objects[row.Object]
		if !known {
			missing = append(missing, fmt.Sprintf("%s: no Go type for the object %q", row.Operation, row.Object))
			continue
		}
		perObject[row.Object]++
		name := goName(row.Method)
		if !strings.EqualFold(name, row.Operation) {
			missing = append(missing, fmt.Sprintf("%s: the method %s does not spell the operation", row.Operation, row.Method))
		}
		method, found := object.MethodByName(name)
		if !found {
			missing = append(missing, fmt.Sprintf("%s.%s (%s)", object, name, row.Operation))
			continue
		}
		// The receiver, a context and the input record in; the output (if any) and an error out.
		kind := method.Type
		if kind.NumIn() != 3 || kind.In(1) != contextType || kind.In(2).Kind() != reflect.Struct ||
			kind.NumOut() < 1 || kind.NumOut() > 2 || kind.Out(kind.NumOut()-1) != errorType {
			missing = append(missing, fmt.Sprintf("%s.%s: want func(context.Context, XxxInput) (Output, error), got %s", object, name, kind))
			continue
		}
		for _, iterator := range []string{"Pages", "Items"} {
			switch it, found := object.MethodByName(name + iterator); {
			case row.Paged && !found:
				missing = append(missing, fmt.Sprintf("%s.%s%s (%s is paged)", object, name, iterator, row.Operation))
			case !row.Paged && found:
				missing = append(missing, fmt.Sprintf("%s.%s%s exists, but %s is not paged", object, name, iterator, row.Operation))
			case found && (it.Type.NumIn() != 3 || it.Type.In(1) != contextType || it.Type.In(2) != kind.In(2)):
				missing = append(missing, fmt.Sprintf("%s.%s%s: want func(context.Context, %s), got %s", object, name, iterator, kind.In(2), it.Type))
			}
		}
	}
	// Every method of a service object, the helpers included, takes a context first.
	for _, object := range objects {
		for i := 0; i < object.NumMethod(); i++ {
			if m := object.Method(i); m.Type.NumIn() < 2 || m.Type.In(1) != contextType {
				missing = append(missing, fmt.Sprintf("%s.%s takes no context first: %s", object, m.Name, m.Type))
			}
		}
	}
	for object := range objects {
		if perObject[object] == 0 {
			missing = append(missing, fmt.Sprintf("the table lists no operation of %s", object))
		}
	}
	if len(missing) > 0 {
		t.Fatalf("%d of %d operations are not reachable from Go as the table says:\n%s", len(missing), len(table), strings.Join(missing, "\n"))
	}
	if len(table) < 114 {
		t.Fatalf("the table lists %d operations; the six services and STS have 114", len(table))
	}
}
