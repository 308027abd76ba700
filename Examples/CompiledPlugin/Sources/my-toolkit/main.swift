import Organizations
import ToolkitCLI

// Every command of toolkit-cli, with `organizations` registered next to the built-ins.
ToolkitCLI.main(plugins: [OrganizationsPlugin.self])
