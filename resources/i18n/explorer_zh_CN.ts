<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AppState</name>
        <message>
            <location filename="../../explorer/ui/state.py" line="86" />
            <source>Scenario 1</source>
            <translation>方案 1</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/state.py" line="307" />
            <source>{name} (copy)</source>
            <translation>{name}（副本）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/state.py" line="372" />
            <source>Scenario {number}</source>
            <translation>方案 {number}</translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <location filename="../../explorer/ui/project/autosave.py" line="115" />
            <source>The explorer did not close properly last time. Work autosaved at {time} can be recovered: {names}.</source>
            <translation>上次程序未正常关闭。可以恢复 {time} 自动保存的内容：{names}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/autosave.py" line="118" />
            <source>It belongs to {file}.</source>
            <translation>它属于 {file}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/autosave.py" line="120" />
            <source>Recover unsaved work</source>
            <translation>恢复未保存的内容</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/autosave.py" line="123" />
            <source>{count} older autosaves are kept for later.</source>
            <translation>另有 {count} 个较早的自动保存留待以后处理。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/autosave.py" line="124" />
            <source>Recover</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/autosave.py" line="127" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/autosave.py" line="130" />
            <source>Not now</source>
            <translation>暂不处理</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/autosave.py" line="165" />
            <source>Recovered the autosaved work</source>
            <translation>已恢复自动保存的内容</translation>
        </message>
    </context>
    <context>
        <name>CalculatorTab</name>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="141" />
            <source>IT load</source>
            <translation>IT 负载</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="142" />
            <source>IT load in kilowatts</source>
            <translation>IT 负载（千瓦）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="143" />
            <source>Average IT load of the workload, 100 kW to 200 MW</source>
            <translation>工作负载的平均 IT 负载，100 千瓦至 200 兆瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="145" />
            <source>Costs by site</source>
            <translation>各地成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="146" />
            <source>Cash flow</source>
            <translation>现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="147" />
            <source>Waterfall</source>
            <translation>瀑布图</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="148" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="149" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="150" />
            <source>Energy</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="154" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="155" />
            <source>Goal seek…</source>
            <translation>目标求解…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="157" />
            <source>Goal seek: solve for the input that reaches a target NPV</source>
            <translation>目标求解：求出使净现值达到目标的输入值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="159" />
            <source>Find the break-even value of any input (Ctrl+G)</source>
            <translation>求任一输入的盈亏平衡值（Ctrl+G）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="167" />
            <source>Click for how this is calculated</source>
            <translation>点击查看计算方法</translation>
        </message>
    </context>
    <context>
        <name>ChartExportDialog</name>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="68" />
            <location filename="../../explorer/ui/export_dialogs.py" line="69" />
            <source>Export a chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="71" />
            <source>Cash flow of the move</source>
            <translation>迁移现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="72" />
            <source>From today's cost to the net cost (waterfall)</source>
            <translation>从现有成本到净成本（瀑布图）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="73" />
            <source>Operating cost by site</source>
            <translation>各地区运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="74" />
            <source>Sensitivity (tornado)</source>
            <translation>敏感性分析（龙卷风图）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="75" />
            <source>Monte Carlo distribution of the NPV</source>
            <translation>净现值的蒙特卡洛分布</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="79" />
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="80" />
            <source>Width in pixels</source>
            <translation>宽度（像素）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="81" />
            <source>Height in pixels</source>
            <translation>高度（像素）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="82" />
            <source>&amp;Chart:</source>
            <translation>图表(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="84" />
            <source>&amp;Width:</source>
            <translation>宽度(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="86" />
            <source>&amp;Height:</source>
            <translation>高度(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="90" />
            <source>The image has exactly this many pixels, whatever the screen's scaling; the chart is the one in the investor pack.</source>
            <translation>图片的像素尺寸与此处设置完全一致，不受屏幕缩放影响；图表与投资者资料中的相同。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="93" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="94" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="61" />
            <source>Cash flow of the move</source>
            <translation>迁移现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="66" />
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="34" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="67" />
            <source>Annual and cumulative cash flow</source>
            <translation>年度及累计现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="69" />
            <source>Cash flow in the year</source>
            <translation>当年现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="70" />
            <source>Cumulative</source>
            <translation>累计</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="87" />
            <source>break-even: {months}</source>
            <translation>盈亏平衡：{months}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="124" />
            <source>Year {year}
Cash flow: {flow} ({flow_exact})
Cumulative: {total} ({total_exact})</source>
            <translation>第 {year} 年
现金流：{flow}（{flow_exact}）
累计：{total}（{total_exact}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="40" />
            <source>Operating cost in year 1 by site</source>
            <translation>各地第 1 年运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="41" />
            <source>Operating cost by category and site</source>
            <translation>按类别和地区的运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="45" />
            <source>Net after incentives</source>
            <translation>扣除激励后净成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="32" />
            <source>Incentives and tax relief by year and policy</source>
            <translation>按年份和政策的激励与税收优惠</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="37" />
            <source>No chosen policy pays anything in this case</source>
            <translation>所选政策在本方案中均无收益</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="56" />
            <source>{policy} (tax relief)</source>
            <translation>{policy}（税收优惠）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="60" />
            <source>Extra incentive (what-if)</source>
            <translation>额外激励（假设）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="109" />
            <source>Year {year}</source>
            <translation>第{year}年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/waterfall_chart.py" line="56" />
            <source>From today's annual cost to Gui'an's net cost (year 1)</source>
            <translation>从现址年成本到贵安净成本（第 1 年）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/waterfall_chart.py" line="58" />
            <source>Waterfall of the annual saving</source>
            <translation>年度节省瀑布图</translation>
        </message>
    </context>
    <context>
        <name>ClientCommand</name>
        <message>
            <location filename="../../explorer/cli/client.py" line="28" />
            <source>the client's own data: a template, and applying it</source>
            <translation>客户自有数据：生成模板并应用</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="35" />
            <source>write the client data template (.xlsx, or .csv) in the run's language</source>
            <translation>以本次运行的语言写出客户数据模板（.xlsx 或 .csv）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="40" />
            <source>the file to write</source>
            <translation>要写入的文件</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="45" />
            <source>apply a filled client template to a scenario and write the result</source>
            <translation>将填好的客户数据模板应用于方案并写出结果</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="50" />
            <source>scenario or project file</source>
            <translation>方案或项目文件</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="55" />
            <source>the filled template (.xlsx or .csv)</source>
            <translation>填好的模板（.xlsx 或 .csv）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="59" />
            <source>the scenario file to write</source>
            <translation>要写入的方案文件</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="65" />
            <source>data pack folder, .zip or .xlsx instead of the active one</source>
            <translation>改用的数据包文件夹、.zip 或 .xlsx（代替当前数据包）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="84" />
            <location filename="../../explorer/cli/client.py" line="130" />
            <source>Could not write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="87" />
            <source>Wrote the client data template to {path}</source>
            <translation>已将客户数据模板写入 {path}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="112" />
            <source>the data pack could not be loaded: {reason}</source>
            <translation>无法加载数据包：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/client.py" line="132" />
            <source>Wrote {path}: {count} input(s) from {file}.</source>
            <translation>已写入 {path}：{count} 项输入来自 {file}。</translation>
        </message>
    </context>
    <context>
        <name>ClientData</name>
        <message>
            <location filename="../../explorer/datapack/client_file.py" line="56" />
            <source>The client data cannot be imported: {count} problem(s).</source>
            <translation>客户数据无法导入：{count} 个问题。</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/client_file.py" line="57" />
            <source>not a client data file: choose an .xlsx workbook or a .csv file</source>
            <translation>不是客户数据文件：请选择 .xlsx 工作簿或 .csv 文件</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/client_file.py" line="60" />
            <source>the header needs the column '{column}' ({words})</source>
            <translation>表头须有“{column}”列（{words}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/client_file.py" line="61" />
            <source>not a fact of the client template (known: {known})</source>
            <translation>不是客户数据模板中的项目（可选：{known}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/client_file.py" line="62" />
            <source>this fact appears twice (first in row {first})</source>
            <translation>此项出现两次（首次在第 {first} 行）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/client_file.py" line="63" />
            <source>wrong unit: this row takes {unit}</source>
            <translation>单位错误：此行单位应为 {unit}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/client_file.py" line="64" />
            <source>must be yes or no</source>
            <translation>须为“是”或“否”</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/client_file.py" line="65" />
            <source>a value without a key: keep the key column of the template</source>
            <translation>有数值但无代码：请保留模板的代码列</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="48" />
            <source>a bill needs the annual electricity (kWh) to give a price</source>
            <translation>填写电费须同时填写年用电量（千瓦时），才能算出电价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="49" />
            <source>the bill / kWh gives {derived:.4g} yuan/kWh, the price row says {price:g}: give one of them</source>
            <translation>电费÷用电量得出 {derived:.4g} 元/千瓦时，而电价一行为 {price:g}：请只填其一</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="53" />
            <source>is the destination of the scenario ({site})</source>
            <translation>是本方案的迁入地（{site}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="54" />
            <source>is not a site of the data pack (known: {known})</source>
            <translation>不是数据包中的站点（可选：{known}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="55" />
            <source>annual electricity ÷ (8,760 h × PUE) = {kwh} ÷ (8,760 × {pue})</source>
            <translation>年用电量 ÷（8,760 小时 × PUE）＝ {kwh} ÷（8,760 × {pue}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="58" />
            <source>racks × power per rack = {racks} × {power}</source>
            <translation>机柜数 × 单机柜功率 ＝ {racks} × {power}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="59" />
            <source>IT load ÷ racks = {load} ÷ {racks}</source>
            <translation>IT负载 ÷ 机柜数 ＝ {load} ÷ {racks}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="60" />
            <source>bill ÷ annual electricity = {bill} ÷ {kwh}</source>
            <translation>电费 ÷ 年用电量 ＝ {bill} ÷ {kwh}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_diff.py" line="19" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_diff.py" line="20" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_diff.py" line="21" />
            <source>(not set)</source>
            <translation>（未设定）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_diff.py" line="22" />
            <source>as given</source>
            <translation>按所填</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_diff.py" line="23" />
            <source>{label}: {before} → {after} {unit}</source>
            <translation>{label}：{before} → {after} {unit}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_diff.py" line="24" />
            <source>{label}: {before} → {after} {unit} ({how})</source>
            <translation>{label}：{before} → {after} {unit}（{how}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_diff.py" line="25" />
            <source>The client data changes no input of this scenario.</source>
            <translation>客户数据未改变本方案的任何输入。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_diff.py" line="26" />
            <source>Kept with the client data, used by no input: {facts}</source>
            <translation>随客户数据保存、未用于任何输入：{facts}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/client_file.py" line="52" />
            <source>Client data</source>
            <translation>客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="47" />
            <source>Current site</source>
            <translation>现所在地</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="51" />
            <source>a site id or name of the data pack, e.g. beijing, guangdong, sichuan</source>
            <translation>数据包中的站点代码或名称，如 beijing、广东、四川</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="58" />
            <source>Annual electricity</source>
            <translation>年用电量</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="62" />
            <source>the whole facility's meter, a full year</source>
            <translation>整个机房电表读数，全年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="67" />
            <source>Annual electricity bill</source>
            <translation>年电费</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="71" />
            <source>needs the annual electricity; price = bill / kWh</source>
            <translation>需同时填写年用电量；电价＝电费÷用电量</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="76" />
            <source>Electricity price paid</source>
            <translation>实付电价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="81" />
            <source>if the bill is not given</source>
            <translation>未填电费时填写</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="86" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="92" />
            <source>if known</source>
            <translation>如已知</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="94" />
            <source>Racks</source>
            <translation>机柜数</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="98" />
            <source>Power per rack</source>
            <translation>单机柜功率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="108" />
            <source>Rack rent</source>
            <translation>机柜月租</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="117" />
            <source>Bandwidth</source>
            <translation>带宽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="126" />
            <source>Bandwidth price</source>
            <translation>带宽单价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="133" />
            <source>Operations staff</source>
            <translation>运维人员</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="138" />
            <source>Wage per person</source>
            <translation>人均工资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="143" />
            <source>before social insurance</source>
            <translation>不含社保公积金</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="148" />
            <source>Accelerators</source>
            <translation>加速卡数量</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="157" />
            <source>Power per accelerator</source>
            <translation>单卡功耗</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="166" />
            <source>Annual revenue</source>
            <translation>年营业收入</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="170" />
            <source>kept with the client data; no input of the case uses it</source>
            <translation>随客户数据保存；测算不直接使用</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="175" />
            <source>Taxable profit</source>
            <translation>应纳税所得额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="183" />
            <source>High-tech enterprise</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="191" />
            <source>Income share from encouraged industries</source>
            <translation>鼓励类产业收入占比</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="196" />
            <source>0 to 1, e.g. 0.75 for 75%</source>
            <translation>0至1，如75%填0.75</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="201" />
            <source>Domestic-chip share</source>
            <translation>国产芯片占比</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="206" />
            <source>0 to 1</source>
            <translation>0至1</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="211" />
            <source>Planned investment</source>
            <translation>计划投资额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="219" />
            <source>Move could start</source>
            <translation>最早迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_facts.py" line="223" />
            <source>YYYY-MM-DD</source>
            <translation>年-月-日（YYYY-MM-DD）</translation>
        </message>
    </context>
    <context>
        <name>ClientDataController</name>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="55" />
            <source>New client data &amp;template…</source>
            <translation>新建客户数据模板(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="57" />
            <source>Write a one-sheet workbook of the facts a firm knows, to fill in</source>
            <translation>写出一张工作表，列出企业掌握的各项数据，供填写</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="59" />
            <source>Import &amp;client data…</source>
            <translation>导入客户数据(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="60" />
            <source>Read a filled client template and show what it changes</source>
            <translation>读取填好的客户数据模板并显示其改变的内容</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="61" />
            <location filename="../../explorer/ui/client_data_controller.py" line="140" />
            <source>Remove client data</source>
            <translation>移除客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="63" />
            <source>Put every input the client data set back to the pack's default</source>
            <translation>将客户数据设定的每项输入恢复为数据包默认值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="79" />
            <location filename="../../explorer/ui/client_data_controller.py" line="92" />
            <source>New client data template</source>
            <translation>新建客户数据模板</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="80" />
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="93" />
            <source>Could not write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="96" />
            <source>Wrote {file}</source>
            <translation>已写入 {file}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="109" />
            <location filename="../../explorer/ui/client_data_controller.py" line="123" />
            <source>Import client data</source>
            <translation>导入客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="110" />
            <source>Client data (*.xlsx *.csv)</source>
            <translation>客户数据 (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_data_controller.py" line="141" />
            <source>Put every input the client data set back to the data pack's default, and forget the client's figures in this scenario?</source>
            <translation>将客户数据设定的每项输入恢复为数据包默认值，并在本方案中删除客户数据？</translation>
        </message>
    </context>
    <context>
        <name>ClientImportDialog</name>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="75" />
            <source>Import client data</source>
            <translation>导入客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="77" />
            <source>{file}, {date}: {count} input(s) of the scenario change. Apply them?</source>
            <translation>{file}，{date}：本方案有 {count} 项输入将改变。是否应用？</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="82" />
            <source>Input</source>
            <translation>输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="83" />
            <source>Now in the scenario</source>
            <translation>方案当前值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="84" />
            <source>Client value</source>
            <translation>客户数值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="85" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="86" />
            <source>How it is worked out</source>
            <translation>推算方法</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="105" />
            <source>Inputs the client data changes</source>
            <translation>客户数据改变的输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="110" />
            <source>The values are labelled "client data" with the file name and date wherever a source is shown. They are saved in the project file only; File → Remove client data puts the pack's defaults back.</source>
            <translation>凡显示来源之处，这些数值均标为“客户数据”并注明文件名和日期。它们只保存在项目文件中；“文件 → 移除客户数据”可恢复数据包默认值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="116" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="117" />
            <source>Apply the client data</source>
            <translation>应用客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="118" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="119" />
            <source>Cancel the import</source>
            <translation>取消导入</translation>
        </message>
    </context>
    <context>
        <name>ClientProblemsDialog</name>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="130" />
            <source>Import client data</source>
            <translation>导入客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="131" />
            <source>Nothing was applied. Correct the file and import it again.</source>
            <translation>未应用任何数据。请修改文件后重新导入。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="138" />
            <source>Problems in the client data</source>
            <translation>客户数据中的问题</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/client_import_dialog.py" line="144" />
            <location filename="../../explorer/ui/client_import_dialog.py" line="145" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../explorer/app.py" line="136" />
            <source>No display found. To run the explorer on a headless machine: xvfb-run -a python main.py</source>
            <translation>未找到显示器。在无显示器的机器上运行本工具：xvfb-run -a python main.py</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="43" />
            <source>{app}: relocation cases and incentive policies for Gui'an New Area.</source>
            <translation>{app}：贵安新区算力迁移测算与激励政策。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="45" />
            <source>Gui'an Compute Explorer</source>
            <translation>贵安算力探索器</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="51" />
            <source>show program's version number and exit</source>
            <translation>显示程序版本号并退出</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="56" />
            <source>load the data pack, compute a case, build every window offscreen, then exit</source>
            <translation>加载数据包、测算一个方案、在后台构建全部窗口，然后退出</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="63" />
            <source>open the window in presenter mode: full screen, the guided pitch (Esc leaves)</source>
            <translation>以演示模式打开窗口：全屏，按引导顺序讲解（按 Esc 退出）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="70" />
            <source>language of the window and of the commands' messages (default: the system's language)</source>
            <translation>窗口及命令输出信息的语言（默认：系统语言）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="76" />
            <source>commands</source>
            <translation>命令</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="137" />
            <source>give a command, or no arguments to open the window</source>
            <translation>请给出一个命令；不带参数运行则打开窗口</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="172" />
            <source>note: the imported data pack is invalid ({count} problem(s)); this run uses the shipped data pack {version} (as of {as_of}).</source>
            <translation>注意：导入的数据包无效（{count} 个问题），本次运行使用随附数据包 {version}（截至 {as_of}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="180" />
            <source>… and {count} more.</source>
            <translation>……另有 {count} 个问题。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/__init__.py" line="183" />
            <source>To fix it, import a corrected pack (main.py datapack import) or remove the imported one (main.py datapack revert).</source>
            <translation>如需更正，请导入修正后的数据包（main.py datapack import），或删除已导入的数据包（main.py datapack revert）。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/terminal.py" line="73" />
            <source>error: {message}</source>
            <translation>错误：{message}</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="197" />
            <location filename="../../explorer/ui/compare/compare_view.py" line="198" />
            <source>Scenarios to compare</source>
            <translation>对比的方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="199" />
            <source>Tick up to four; the base is always compared</source>
            <translation>最多勾选四个；基准方案始终参与对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="200" />
            <source>Results against the base</source>
            <translation>与基准方案对比的结果</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="201" />
            <source>Results of the compared scenarios</source>
            <translation>对比方案的测算结果</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="202" />
            <location filename="../../explorer/ui/compare/compare_view.py" line="206" />
            <source>Scenarios</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="203" />
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="204" />
            <source>Inputs that differ</source>
            <translation>不同的输入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="205" />
            <source>Inputs that differ between the compared scenarios</source>
            <translation>对比方案之间不同的输入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="207" />
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="208" />
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="209" />
            <source>Compare scenarios</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="346" />
            <source>The base scenario: always compared; the others are measured against it</source>
            <translation>基准方案：始终参与对比，其他方案都与它比较</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="348" />
            <source>Four scenarios are compared already; untick one to pick this one</source>
            <translation>已在对比四个方案；请先取消勾选一个，再选此方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="350" />
            <source>Tick to compare this scenario with the base</source>
            <translation>勾选后将此方案与基准方案对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="365" />
            <source>Not compared, as the data pack refuses them: {names}</source>
            <translation>未参与对比（当前数据包不接受这些方案）：{names}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="368" />
            <source>There is only one scenario. Use New or Duplicate in the Calculator to make another.</source>
            <translation>目前只有一个方案。请在测算页用“新建”或“复制”再建一个。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="371" />
            <source>Tick at least one more scenario to compare it with the base.</source>
            <translation>请再勾选至少一个方案，与基准方案对比。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="373" />
            <source>Up to four scenarios. Set the base in the Calculator.</source>
            <translation>最多四个方案。基准方案在测算页设置。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="422" />
            <source>Input</source>
            <translation>输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="422" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="430" />
            <source>Pick another scenario to see how its inputs differ.</source>
            <translation>再选一个方案，即可查看输入有何不同。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="432" />
            <source>The compared scenarios have the same inputs.</source>
            <translation>对比的方案输入完全相同。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="439" />
            <source>{value}, differs from the base</source>
            <translation>{value}，与基准方案不同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="449" />
            <source>{name}: the base scenario</source>
            <translation>{name}：基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="41" />
            <source>Net present value</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="42" />
            <source>Internal rate of return</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="43" />
            <source>Payback period</source>
            <translation>投资回收期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="44" />
            <source>Annual saving, year 1</source>
            <translation>年节省额（第1年）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="45" />
            <source>Incentives over the horizon</source>
            <translation>测算期内激励合计</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="46" />
            <source>One-off costs</source>
            <translation>一次性费用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="47" />
            <source>CO₂ avoided a year</source>
            <translation>每年减排二氧化碳</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="48" />
            <source>Cost per accelerator-hour, destination</source>
            <translation>目的地每卡时成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="54" />
            <source>Cash flows of the move discounted at the scenario's rate; higher is better</source>
            <translation>按方案折现率折现的迁移现金流；越高越好</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="57" />
            <source>The discount rate at which the NPV is zero; higher is better</source>
            <translation>使净现值为零的折现率；越高越好</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="60" />
            <source>When the cumulative cash flow recovers to zero; sooner is better</source>
            <translation>累计现金流回正所需时间；越短越好</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="63" />
            <source>Year-1 operating cost at the origin less at the destination, before incentives</source>
            <translation>第1年迁出地运营成本减去目的地运营成本，未计激励</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="67" />
            <source>Incentives at the destination less at the origin, summed over the horizon, undiscounted</source>
            <translation>目的地激励减去迁出地激励，测算期内合计，未折现</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="71" />
            <source>Relocation costs in year 0 plus parallel running in year 1; lower is better</source>
            <translation>第0年迁移费用加第1年并行运行费用；越低越好</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="74" />
            <source>Tonnes of CO₂ a year at the origin less at the destination</source>
            <translation>迁出地每年二氧化碳排放量减去目的地排放量（吨）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="77" />
            <source>Year-1 operating cost at the destination per accelerator-hour used, before incentives</source>
            <translation>目的地第1年运营成本折合每使用一卡时的成本，未计激励</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="89" />
            <source>Immediate</source>
            <translation>立即回收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="94" />
            <source>None: no outlay</source>
            <translation>无：没有投入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="95" />
            <source>None: never positive</source>
            <translation>无：现金流从未为正</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="96" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="97" />
            <source>Several rates</source>
            <translation>有多个解</translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/compare/compare_view.py" line="458" />
            <source>Not within %n year(s)</source>
            <translation>
                <numerusform>%n年内无法回收</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="99" />
            <source>No accelerators</source>
            <translation>无加速卡</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="106" />
            <source>better</source>
            <translation>更优</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="107" />
            <source>worse</source>
            <translation>更差</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="108" />
            <source>same</source>
            <translation>相同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="115" />
            <source>{value} pp</source>
            <translation>{value}个百分点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="131" />
            <source>{name}: {value}</source>
            <translation>{name}：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="138" />
            <source>Base ({name}): {value}</source>
            <translation>基准方案（{name}）：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="145" />
            <source>Difference: {value}</source>
            <translation>差额：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="148" />
            <source>Better than the base</source>
            <translation>优于基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="149" />
            <source>Worse than the base</source>
            <translation>差于基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="150" />
            <source>The same as the base</source>
            <translation>与基准方案相同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="158" />
            <source>Move, year 0: {move}; parallel running, year 1: {parallel}</source>
            <translation>迁移（第0年）：{move}；并行运行（第1年）：{parallel}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="167" />
            <source>After incentives: {value}</source>
            <translation>计入激励后：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="177" />
            <location filename="../../explorer/ui/compare/compare_words.py" line="184" />
            <location filename="../../explorer/ui/compare/compare_words.py" line="188" />
            <location filename="../../explorer/ui/compare/compare_words.py" line="197" />
            <source>{value} yuan</source>
            <translation>{value}元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="181" />
            <location filename="../../explorer/ui/compare/compare_words.py" line="194" />
            <source>{value} months</source>
            <translation>{value}个月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="183" />
            <location filename="../../explorer/ui/compare/compare_words.py" line="196" />
            <source>{value} tCO₂</source>
            <translation>{value}吨二氧化碳</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="190" />
            <source>{value} percentage points</source>
            <translation>{value}个百分点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="201" />
            <source>Moving from</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="202" />
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="203" />
            <source>Operating mode</source>
            <translation>运营模式</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="204" />
            <source>Horizon</source>
            <translation>测算期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="205" />
            <source>Move date</source>
            <translation>迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="206" />
            <source>Policies counted</source>
            <translation>计入的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="222" />
            <source>Colocation</source>
            <translation>机柜租用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="223" />
            <source>Self-build</source>
            <translation>自建</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="224" />
            <source>Compute service</source>
            <translation>算力服务</translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/compare/compare_view.py" line="460" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n年</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/compare/compare_view.py" line="461" />
            <source>%n policies</source>
            <translation>
                <numerusform>%n项政策</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="244" />
            <source>Counted here, not in the base:</source>
            <translation>此方案计入、基准方案未计入：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="247" />
            <source>Counted in the base, not here:</source>
            <translation>基准方案计入、此方案未计入：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="261" />
            <source>Not an input of this scenario</source>
            <translation>不是此方案的输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="268" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="269" />
            <source>yuan/yr</source>
            <translation>元/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="270" />
            <source>persons</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="271" />
            <source>ms</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="272" />
            <source>count</source>
            <translation>个</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="273" />
            <source>kW</source>
            <translation>千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="274" />
            <source>kW/rack</source>
            <translation>千瓦/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="278" />
            <source>%/yr</source>
            <translation>%/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="279" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="280" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="281" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="282" />
            <source>ratio</source>
            <translation>比值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="283" />
            <source>yuan/kWh</source>
            <translation>元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="284" />
            <source>yuan/rack/month</source>
            <translation>元/机柜/月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="285" />
            <source>yuan/Mbps/month</source>
            <translation>元/Mbps/月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="286" />
            <source>yuan/person/year</source>
            <translation>元/人/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="287" />
            <source>yuan/rack</source>
            <translation>元/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="288" />
            <source>yuan/TB</source>
            <translation>元/TB</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="289" />
            <source>yuan/day</source>
            <translation>元/天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="290" />
            <source>yuan/person</source>
            <translation>元/人</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="291" />
            <source>yuan/kW</source>
            <translation>元/千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="292" />
            <source>tCO₂/MWh</source>
            <translation>吨二氧化碳/兆瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="294" />
            <source>CNY/USD</source>
            <translation>元/美元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="310" />
            <source>{value} t</source>
            <translation>{value}吨</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_words.py" line="314" />
            <source>CNY {value}</source>
            <translation>{value}元</translation>
        </message>
    </context>
    <context>
        <name>ComputeCommand</name>
        <message>
            <location filename="../../explorer/cli/compute.py" line="40" />
            <source>evaluate a scenario file: KPIs, annual tables, and optional risk analyses</source>
            <translation>测算方案文件：关键指标、年度明细表及可选的风险分析</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="43" />
            <source>Evaluate a relocation scenario (JSON, see docs/scenario-format.md) with the cost model.</source>
            <translation>用成本模型测算迁移方案（JSON 格式，见 docs/scenario-format.md）。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="49" />
            <source>the scenario file (.json)</source>
            <translation>方案文件（.json）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="54" />
            <source>print the whole evaluation as JSON instead of a summary</source>
            <translation>以 JSON 输出完整测算结果，而非摘要</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="61" />
            <source>add a tornado: NPV at the low and high end of each uncertain input</source>
            <translation>增加龙卷风分析：各不确定输入取低值和高值时的净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="69" />
            <source>add a Monte Carlo of N samples (triangular draws); e.g. 10000</source>
            <translation>增加 N 个样本的蒙特卡洛模拟（三角分布抽样），例如 10000</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="77" />
            <source>random seed of the Monte Carlo (default 0)</source>
            <translation>蒙特卡洛模拟的随机种子（默认 0）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="82" />
            <source>add a goal seek: the value of FIELD (a dotted path) at which NPV = 0; or one of the window's common questions: preset:price (break-even electricity price, the policy price where a policy sets it), preset:incentive (incentive needed), preset:migration (largest migration cost)</source>
            <translation>增加目标求解：使净现值 = 0 的 FIELD（以点分隔的字段路径）取值；或窗口中的常见问题之一：preset:price（盈亏平衡电价；电价由政策确定时求政策电价）、preset:incentive（所需激励）、preset:migration（最高可承受迁移成本）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="95" />
            <source>search range of the goal seek (default: the field's allowed range)</source>
            <translation>目标求解的搜索范围（默认：该字段的允许范围）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="103" />
            <source>NPV the goal seek aims at, yuan (default 0)</source>
            <translation>目标求解的目标净现值，单位：元（默认 0）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="107" />
            <source>the site the case moves to (default: the scenario's destination)</source>
            <translation>迁入的地区（默认：方案的目的地）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="114" />
            <source>language of the summary and its numbers: en (K/M/B) or zh (万/亿); default: the language of the messages</source>
            <translation>摘要及其数字的语言：en（K/M/B）或 zh（万/亿）；默认与输出信息的语言相同</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="123" />
            <source>data pack folder, .zip or .xlsx to use instead of the active one</source>
            <translation>改用的数据包（文件夹、.zip 或 .xlsx），代替当前启用的数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="144" />
            <source>note: {note}</source>
            <translation>注意：{note}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="150" />
            <source>the data pack could not be loaded: {reason}</source>
            <translation>无法加载数据包：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="249" />
            <source>is not in the scenario; a case can move to: {sites}</source>
            <translation>不在本方案中；可作为目的地的地区：{sites}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="255" />
            <source>is the origin; a case can move to: {sites}</source>
            <translation>是迁出地；可作为目的地的地区：{sites}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="322" />
            <source>(untitled)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="324" />
            <source>Scenario: {title}</source>
            <translation>方案：{title}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="326" />
            <source>{origin} -&gt; {destination}   mode {mode}, {horizon} years from {move}, discount rate {rate}</source>
            <translation>{origin} → {destination}   模式：{mode}，自 {move} 起测算 {horizon} 年，折现率 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="349" />
            <source>Key figures (case {origin} -&gt; {destination})</source>
            <translation>关键指标（{origin} → {destination}）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="416" />
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="417" />
            <location filename="../../explorer/cli/compute_package.py" line="125" />
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="418" />
            <location filename="../../explorer/cli/compute_package.py" line="120" />
            <source>Payback</source>
            <translation>投资回收期</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="382" />
            <source>the cash flows never change sign</source>
            <translation>现金流始终同号</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="384" />
            <source>no rate gives NPV = 0</source>
            <translation>没有使净现值为 0 的折现率</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="386" />
            <source>several rates give NPV = 0: {roots}</source>
            <translation>多个折现率使净现值为 0：{roots}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="389" />
            <source>undefined ({reason})</source>
            <translation>无定义（{reason}）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="396" />
            <source>immediate (0 months)</source>
            <translation>立即回收（0个月）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="398" />
            <source>not within {horizon} years</source>
            <translation>{horizon} 年内无法回收</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="403" />
            <source>{months}, but the cumulative falls below 0 again in year {year}</source>
            <translation>{months}，但累计现金流在第 {year} 年再次低于 0</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="412" />
            <source>Other sites (case {origin} -&gt; site)</source>
            <translation>其他地区（{origin} → 各地区）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="415" />
            <location filename="../../explorer/cli/compute.py" line="467" />
            <source>Site</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="429" />
            <source>Policies</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="431" />
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="432" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="433" />
            <source>Value (PV)</source>
            <translation>价值（现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="434" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="455" />
            <source>Latency against a budget of {budget} ms (round trip)</source>
            <translation>网络时延（往返），预算 {budget} 毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="468" />
            <source>Region</source>
            <translation>用户区域</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="470" />
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="501" />
            <source>origin</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="503" />
            <source>destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="505" />
            <source>comparator</source>
            <translation>对比地区</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="506" />
            <source>Annual table: {name} ({role})</source>
            <translation>年度明细表：{name}（{role}）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="513" />
            <location filename="../../explorer/cli/compute.py" line="547" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="540" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="527" />
            <source>Cash flows of the case {origin} -&gt; {destination}</source>
            <translation>迁移现金流（{origin} → {destination}）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="465" />
            <source>{kind}, ms</source>
            <translation>{kind}（毫秒）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="472" />
            <source>Source of the claim</source>
            <translation>说法来源</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="492" />
            <source>Official claims are published figures (hub facts of the data pack), often one-way from the hub's gateway; the verdict uses the round-trip estimate.</source>
            <translation>官方说法是公开发布的数字（数据包的枢纽事实），通常为自枢纽网关起的单向时延；结论依据往返估算。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="538" />
            <source>Saving</source>
            <translation>节省</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="539" />
            <source>Investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="541" />
            <source>Tax relief</source>
            <translation>税收减免</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="542" />
            <source>One-off</source>
            <translation>一次性费用</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="543" />
            <source>Cash flow</source>
            <translation>现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="544" />
            <source>Cumulative</source>
            <translation>累计</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="545" />
            <source>Discounted</source>
            <translation>折现值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="558" />
            <source>Tornado: NPV with each input at its low and high end ({count} inputs)</source>
            <translation>龙卷风分析：各输入项取低值和高值时的净现值（{count} 项输入）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="564" />
            <source>No input has a range: nothing to vary.</source>
            <translation>没有任何输入项设有取值范围，无法进行敏感性分析。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="569" />
            <source>Input</source>
            <translation>输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="570" />
            <source>Low</source>
            <translation>低值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="571" />
            <source>High</source>
            <translation>高值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="572" />
            <source>NPV at low</source>
            <translation>低值时净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="573" />
            <source>NPV at high</source>
            <translation>高值时净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="574" />
            <source>Swing</source>
            <translation>变动幅度</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="592" />
            <source>Monte Carlo: {samples} samples, seed {seed}, {drawn} uncertain inputs</source>
            <translation>蒙特卡洛模拟：{samples} 个样本，随机种子 {seed}，{drawn} 项不确定输入</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="598" />
            <source>P10 {p10}   P50 {p50}   P90 {p90}   mean {mean}   P(NPV &gt; 0) {positive}</source>
            <translation>P10 {p10}   P50 {p50}   P90 {p90}   均值 {mean}   P(净现值 &gt; 0) {positive}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="624" />
            <source>Goal seek: {label} ({path}) for NPV = {target}</source>
            <translation>目标求解：净现值 = {target} 时的{label}（{path}）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="628" />
            <source>Goal seek: {path} for NPV = {target}</source>
            <translation>目标求解：净现值 = {target} 时的 {path}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="631" />
            <source>{value} {unit} (now {current}; NPV there {npv})</source>
            <translation>{value} {unit}（当前值 {current}；取该值时净现值为 {npv}）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="644" />
            <source>note: the NPV jumps across the target at this value (a whole rack, or a threshold)</source>
            <translation>注意：净现值在此值处跳变（如多一个整机柜或触及政策门槛），直接越过目标值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="650" />
            <source>with {path} raised to {value} {unit}</source>
            <translation>同时将 {path} 上调至 {value} {unit}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="655" />
            <source>no solution in range {low} .. {high} {unit}: NPV goes from {npv_low} to {npv_high}</source>
            <translation>在 {low} 至 {high} {unit} 范围内无解：净现值从 {npv_low} 变为 {npv_high}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="694" />
            <source>eligible</source>
            <translation>符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="695" />
            <source>not eligible</source>
            <translation>不符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="696" />
            <location filename="../../explorer/cli/compute.py" line="715" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="697" />
            <source>expired</source>
            <translation>已失效</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="698" />
            <source>not quantified</source>
            <translation>未公布金额</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="699" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="712" />
            <source>ok</source>
            <translation>满足</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="713" />
            <source>marginal</source>
            <translation>临界</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute.py" line="714" />
            <source>too slow</source>
            <translation>过慢</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="99" />
            <source>Proposed package (negotiated, on top of the standard policies)</source>
            <translation>拟议激励包（谈判所得，叠加在标准政策之上）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="109" />
            <source>, {years} years</source>
            <translation>，{years}年</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="115" />
            <source>Firm's NPV</source>
            <translation>企业净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="132" />
            <source>Without</source>
            <translation>不含激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="133" />
            <source>With the package</source>
            <translation>含激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="138" />
            <source>Firm's gain (NPV)</source>
            <translation>企业收益（净现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="140" />
            <source>Fiscal cost (PV at {rate})</source>
            <translation>财政成本（按 {rate} 折现）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="144" />
            <source>Region's return (PV at {rate})</source>
            <translation>区域回报（按 {rate} 折现）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="148" />
            <source>Firm's gain per yuan of fiscal cost</source>
            <translation>每元财政成本带来的企业收益</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="152" />
            <source>Region's return passes the cost</source>
            <translation>区域回报超过成本的年份</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="153" />
            <source>not within the horizon</source>
            <translation>测算期内未超过</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="155" />
            <source>year {year}</source>
            <translation>第 {year} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="166" />
            <source>Fiscal cost by year: {years}</source>
            <translation>逐年财政成本：{years}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/compute_package.py" line="176" />
            <source>Against the best alternative hub, {hub}: {margin} (&gt; 0: {destination} wins)</source>
            <translation>对比最佳备选枢纽{hub}：{margin}（大于0即{destination}胜出）</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../explorer/logfile.py" line="68" />
            <source>Unexpected error: this is a bug. The details were written to the log file {path}</source>
            <translation>意外错误：这是程序缺陷。详细信息已写入日志文件 {path}</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../explorer/ui/errors.py" line="73" />
            <location filename="../../explorer/ui/errors.py" line="75" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/errors.py" line="79" />
            <source>Something went wrong, but your work is still open. The details were written to the log file in:
{folder}</source>
            <translation>程序出现错误，但您的工作仍然保留。详细信息已写入日志文件夹：
{folder}</translation>
        </message>
    </context>
    <context>
        <name>CumulativeChart</name>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="80" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="81" />
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="83" />
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="86" />
            <source>Cumulative cash flow by scenario</source>
            <translation>各方案累计现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="126" />
            <source>Year {year}</source>
            <translation>第{year}年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="131" />
            <source>{amount} yuan</source>
            <translation>{amount}元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="135" />
            <source>{name}: {value}</source>
            <translation>{name}：{value}</translation>
        </message>
    </context>
    <context>
        <name>DataPack</name>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="108" />
            <source>is not a regular file (a device, a pipe or a link to one): it is not read</source>
            <translation>不是普通文件（设备、管道或指向它们的链接）：不予读取</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="410" />
            <source>{name} is not allowed: numbers must be finite</source>
            <translation>不允许使用 {name}：数字必须是有限值</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="418" />
            <source>the key appears twice</source>
            <translation>该键出现了两次</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="35" />
            <source>holds a control character (U+{code}): remove it (type the text again if unsure)</source>
            <translation>含有控制字符（U+{code}）：请删除（如不确定，请重新输入该文本）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="112" />
            <source>text starting with =, +, - or @ is taken for a formula by spreadsheets: reword it</source>
            <translation>以 =、+、- 或 @ 开头的文本会被电子表格当作公式：请改写</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="165" />
            <source>digits other than 0-9 in a number: type ASCII digits (0-9 and '.')</source>
            <translation>数字中含有 0-9 以外的数字字符：请输入 ASCII 数字（0-9 和“.”）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="18" />
            <source>{file}, row {row}</source>
            <translation>{file}，第 {row} 行</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="19" />
            <source>{file}, column '{column}'</source>
            <translation>{file}，“{column}”列</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="20" />
            <source>{file}, row {row}, column '{column}'</source>
            <translation>{file}，第 {row} 行，“{column}”列</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="21" />
            <source>{where}: {rule}</source>
            <translation>{where}：{rule}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="22" />
            <source>{where}: {rule} (value: '{value}')</source>
            <translation>{where}：{rule}（值：“{value}”）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="23" />
            <source>The data pack is invalid: {count} problem(s).</source>
            <translation>数据包无效：共 {count} 个问题。</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="24" />
            <source>… and {count} more.</source>
            <translation>……另有 {count} 个问题。</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/limits.py" line="32" />
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} MB</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/limits.py" line="33" />
            <source>{count:,} bytes</source>
            <translation>{count:,} 字节</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/limits.py" line="51" />
            <source>archive has {count:,} entries; the limit is {limit:,}</source>
            <translation>压缩包含 {count:,} 个条目，上限为 {limit:,} 个</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/limits.py" line="64" />
            <source>archive entry '{name}' has an unsafe path (absolute or '..')</source>
            <translation>压缩包条目“{name}”的路径不安全（绝对路径或含“..”）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/limits.py" line="73" />
            <source>archive entry '{name}' appears twice</source>
            <translation>压缩包条目“{name}”重复出现</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/limits.py" line="82" />
            <source>archive entry '{name}' expands {ratio:,.0f}:1; the limit is {limit}:1 (zip bomb?)</source>
            <translation>压缩包条目“{name}”的解压比为 {ratio:,.0f}:1，上限为 {limit}:1（疑似 zip 炸弹）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/limits.py" line="95" />
            <source>archive expands to {size}; the limit is {limit}</source>
            <translation>压缩包解压后为 {size}，上限为 {limit}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/limits.py" line="118" />
            <source>archive entries '{first}' and '{second}' overlap (zip bomb?)</source>
            <translation>压缩包条目“{first}”与“{second}”的数据相互重叠（疑似 zip 炸弹）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="75" />
            <source>unknown site id</source>
            <translation>未知的地区代码</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="160" />
            <source>unknown {target_column}: not in {target_table}</source>
            <translation>未知的 {target_column}：{target_table} 中没有此值</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="176" />
            <source>required {key} '{id}' is missing</source>
            <translation>缺少必需的 {key}“{id}”</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="191" />
            <source>an estimate must explain its reasoning in the note</source>
            <translation>估算值须在 note 中说明推算依据</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="213" />
            <location filename="../../explorer/datapack/package_tables.py" line="60" />
            <source>unit must be '{unit}' for {param}</source>
            <translation>{param} 的单位须为“{unit}”</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="224" />
            <location filename="../../explorer/datapack/package_tables.py" line="67" />
            <source>{param} must be between {low:g} and {high:g}</source>
            <translation>{param} 须在 {low:g} 至 {high:g} 之间</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="231" />
            <source>{param} must not be negative</source>
            <translation>{param} 不能为负数</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="235" />
            <source>PUE must be between 1 and 3 (PUE below 1 is impossible)</source>
            <translation>PUE 须在 1 至 3 之间（PUE 不可能低于 1）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="247" />
            <source>expected low &lt;= value &lt;= high, got {low:g} &lt;= {central:g} &lt;= {high:g}; adjust low or high to include the value</source>
            <translation>应满足 low &lt;= value &lt;= high，实际为 {low:g} &lt;= {central:g} &lt;= {high:g}；请调整 low 或 high，使区间包含 value</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="274" />
            <source>the pack needs at least one {role} site</source>
            <translation>数据包至少须有一个角色为 {role} 的地区</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="303" />
            <source>site '{site}' has no row for parameter '{param}'</source>
            <translation>地区“{site}”缺少参数“{param}”的数据行</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="352" />
            <source>no latency row for site '{site}' and region '{region}'</source>
            <translation>缺少地区“{site}”至用户区域“{region}”的时延数据行</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="400" />
            <source>template '{template}' has no row for parameter '{param}'</source>
            <translation>模板“{template}”缺少参数“{param}”的数据行</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="444" />
            <source>rule belongs to policy '{owner}', not '{policy}'</source>
            <translation>该规则属于政策“{owner}”，而非“{policy}”</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="491" />
            <source>expiry is before the effective date {date}</source>
            <translation>失效日期早于生效日期 {date}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="500" />
            <source>expiry is before the issue date {date}</source>
            <translation>失效日期早于发布日期 {date}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="510" />
            <source>policy '{policy}' has no source row</source>
            <translation>政策“{policy}”没有来源行</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="556" />
            <source>a successor is named only when the status is superseded</source>
            <translation>只有状态为superseded（已被取代）时才填写取代它的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="564" />
            <source>a policy cannot supersede itself</source>
            <translation>政策不能取代自身</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="572" />
            <source>the policy expired on {date}, before the pack's date: status expired or superseded</source>
            <translation>该政策已于{date}失效，早于数据包日期：状态应为expired（已失效）或superseded（已被取代）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="584" />
            <source>status expired needs an expiry date before the pack's date</source>
            <translation>状态为expired（已失效）时须有早于数据包日期的失效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="602" />
            <source>must be destination, origin, any, or known site ids separated by '|'</source>
            <translation>须为 destination、origin、any，或以“|”分隔的已知地区代码</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="615" />
            <source>a published rule needs a rate or an amount (or set published to false)</source>
            <translation>已公布的规则须填写 rate 或 amount（否则将 published 设为 false）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="624" />
            <source>published is false but a rate or amount is given; unpublished amounts stay 'not published'</source>
            <translation>published 为 false，却填写了 rate 或 amount；未公布的金额应保留为“not published”</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="636" />
            <source>a tax_rate rule gives the preferential rate in 'rate'</source>
            <translation>tax_rate 规则的优惠税率应填在“rate”中</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="644" />
            <source>base energy_over_pue_limit needs the PUE limit here</source>
            <translation>base 为 energy_over_pue_limit 时，须在此填写 PUE 限值</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="700" />
            <source>{field} takes is_true or is_false</source>
            <translation>{field} 只能使用 is_true 或 is_false</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="704" />
            <source>is_true/is_false only apply to {fields}</source>
            <translation>is_true/is_false 仅适用于 {fields}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="710" />
            <source>{field} compares with &gt;=, &lt;= or ==</source>
            <translation>{field} 只能用 &gt;=、&lt;= 或 == 比较</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="715" />
            <source>{field} needs a number</source>
            <translation>{field} 须填写数字</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="718" />
            <source>{field} is a fraction between 0 and 1</source>
            <translation>{field} 是比例，须在 0 至 1 之间</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="725" />
            <source>unknown sector; use: {sectors}</source>
            <translation>未知的行业；可选：{sectors}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="739" />
            <source>{field} needs a date written YYYY-MM-DD</source>
            <translation>{field} 须填写 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="781" />
            <source>a latency claim for a user region must name its site</source>
            <translation>针对用户区域的时延说法必须注明所在地区</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/build.py" line="788" />
            <source>a latency claim for a user region needs a value and the unit '{unit}'</source>
            <translation>针对用户区域的时延说法须有数值，单位为“{unit}”</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/encoding.py" line="36" />
            <source>contains a NUL byte at offset {offset} (a binary file, or UTF-16 without a byte-order mark?)</source>
            <translation>偏移 {offset} 处含有 NUL 字节（是二进制文件，还是缺少字节顺序标记的 UTF-16 文件？）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/encoding.py" line="39" />
            <source>contains a NUL character at position {position} (a binary file, or UTF-16 without a byte-order mark?)</source>
            <translation>位置 {position} 处含有 NUL 字符（是二进制文件，还是缺少字节顺序标记的 UTF-16 文件？）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/encoding.py" line="43" />
            <source>not valid text: neither UTF-8 nor GB18030/GBK (invalid byte at offset {offset} for GB18030); save it as 'CSV UTF-8' in Excel</source>
            <translation>不是有效的文本：既非 UTF-8，也非 GB18030/GBK（按 GB18030 解码，偏移 {offset} 处字节无效）；请在 Excel 中另存为“CSV UTF-8”</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/encoding.py" line="48" />
            <source>file starts with a UTF-16 byte-order mark but is not valid UTF-16 (invalid data at offset {offset})</source>
            <translation>文件以 UTF-16 字节顺序标记开头，但不是有效的 UTF-16（偏移 {offset} 处数据无效）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/encoding.py" line="52" />
            <source>file is truncated: it ends in the middle of a UTF-8 character (byte offset {offset})</source>
            <translation>文件不完整：结尾截断在一个 UTF-8 字符中间（字节偏移 {offset}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/encoding.py" line="55" />
            <source>not valid UTF-8: damaged character at byte offset {offset} (guessed encoding: UTF-8)</source>
            <translation>不是有效的 UTF-8：字节偏移 {offset} 处的字符已损坏（推测编码：UTF-8）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="34" />
            <source>file is missing</source>
            <translation>缺少此文件</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="35" />
            <source>sheet is missing</source>
            <translation>缺少此工作表</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="36" />
            <source>cannot read the file ({reason})</source>
            <translation>无法读取文件（{reason}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="37" />
            <source>more than {limit:,} rows; the limit is {limit:,}</source>
            <translation>超过 {limit:,} 行，上限为 {limit:,} 行</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="38" />
            <source>{count} columns; the limit is {limit}</source>
            <translation>共 {count} 列，上限为 {limit} 列</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="39" />
            <source>not a readable .xlsx workbook ({error})</source>
            <translation>不是可读取的 .xlsx 工作簿（{error}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="40" />
            <source>the file is not in zip format</source>
            <translation>文件不是 zip 格式</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="41" />
            <source>the archive is damaged or incomplete</source>
            <translation>压缩包已损坏或不完整</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="42" />
            <source>damaged XML in the workbook at line {line}, column {column}</source>
            <translation>工作簿中的 XML 在第 {line} 行第 {column} 列处已损坏</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="43" />
            <source>a part of the workbook is missing</source>
            <translation>工作簿缺少必要的组成部分</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="44" />
            <source>the workbook is damaged or not in .xlsx format ({kind})</source>
            <translation>工作簿已损坏或不是 .xlsx 格式（{kind}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="87" />
            <source>no such file or folder</source>
            <translation>文件或文件夹不存在</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="100" />
            <source>not a data pack: choose a folder, a .zip or an .xlsx workbook</source>
            <translation>不是数据包：请选择文件夹、.zip 文件或 .xlsx 工作簿</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="209" />
            <source>not a readable zip archive ({error})</source>
            <translation>不是可读取的 zip 压缩包（{error}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="250" />
            <source>the file is encrypted in the archive; zip it without a password</source>
            <translation>该文件在压缩包中已加密；请不设密码重新压缩</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="258" />
            <source>the archive uses a compression method this app cannot read</source>
            <translation>压缩包使用了本程序无法读取的压缩方式</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="283" />
            <source>unknown table file; expected one of: {files}</source>
            <translation>未知的数据表文件；应为以下之一：{files}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="314" />
            <source>file is empty: expected a header row and data rows</source>
            <translation>文件为空：应有表头行和数据行</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="339" />
            <source>columns are separated by ';' — save as comma-separated CSV</source>
            <translation>各列以“;”分隔——请另存为逗号分隔的 CSV</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="351" />
            <source>expected {expected} fields as in the header, found {found} (file truncated?)</source>
            <translation>字段数应与表头一致，为 {expected} 个，实际为 {found} 个（文件不完整？）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="355" />
            <source>expected {expected} fields as in the header, found {found}</source>
            <translation>字段数应与表头一致，为 {expected} 个，实际为 {found} 个</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="364" />
            <source>file has a header but no data rows</source>
            <translation>文件只有表头，没有数据行</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="372" />
            <source>a cell is longer than {limit:,} characters</source>
            <translation>有单元格超过 {limit:,} 个字符</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="377" />
            <source>unclosed quote: a quoted cell is never closed (file truncated?)</source>
            <translation>引号未闭合：带引号的单元格缺少结束引号（文件不完整？）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="381" />
            <source>text follows the closing quote of a quoted cell; quote the whole cell and double any quote inside it</source>
            <translation>带引号的单元格在结束引号之后还有文字；请用引号括起整个单元格，并把其中的每个引号写成两个</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="389" />
            <source>a line break inside an unquoted cell (line {line} of the file)</source>
            <translation>未加引号的单元格内有换行（文件第 {line} 行）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="392" />
            <source>malformed CSV at line {line} of the file</source>
            <translation>CSV 格式错误（文件第 {line} 行）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="439" />
            <source>not valid JSON: {detail} (line {line}, column {column_number})</source>
            <translation>不是有效的 JSON：{detail}（第 {line} 行，第 {column_number} 列）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="446" />
            <source>the JSON is nested too deeply</source>
            <translation>JSON 嵌套层数过多</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="453" />
            <source>cannot be read: {reason}</source>
            <translation>无法读取：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="462" />
            <source>must be a JSON object with version, as_of and schema_version</source>
            <translation>须为包含 version、as_of 和 schema_version 的 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="496" />
            <source>cannot read workbooks safely: the defusedxml package is missing</source>
            <translation>无法安全读取工作簿：缺少 defusedxml 软件包</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="523" />
            <source>unknown sheet; expected one sheet per table: {tables}</source>
            <translation>未知的工作表；每个数据表对应一个工作表：{tables}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="547" />
            <source>{workbook}, sheet '{sheet}'</source>
            <translation>{workbook}，工作表“{sheet}”</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="563" />
            <source>workbook refused: it contains forbidden XML ({kind}), the pattern of 'billion laughs' and external-entity attacks</source>
            <translation>已拒绝该工作簿：其中含有被禁止的 XML（{kind}），符合“十亿笑声”（billion laughs）和外部实体攻击的特征</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="655" />
            <source>sheet is empty: expected columns 'key' and 'value'</source>
            <translation>工作表为空：应有“key”和“value”两列</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="664" />
            <source>expected the header 'key', 'value'</source>
            <translation>表头应为“key”、“value”</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/sources.py" line="693" />
            <source>file is {size}; the limit is {limit}</source>
            <translation>文件大小为 {size}，上限为 {limit}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="41" />
            <source>must be a whole number</source>
            <translation>须为整数</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="42" />
            <source>must be a date written YYYY-MM-DD</source>
            <translation>须为 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="43" />
            <source>not a real calendar date</source>
            <translation>不是真实存在的日期</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="80" />
            <source>column appears twice in the header</source>
            <translation>此列在表头中出现两次</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="85" />
            <source>(empty header cell)</source>
            <translation>（空的表头单元格）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="90" />
            <source>unknown column; expected: {columns}</source>
            <translation>未知的列；应为：{columns}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="96" />
            <source>required column is missing</source>
            <translation>缺少必需的列</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="108" />
            <source>cell holds a spreadsheet formula, not a value: paste values only</source>
            <translation>单元格中是电子表格公式而非数值：请只粘贴数值</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="118" />
            <source>value is required</source>
            <translation>必填，不能为空</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="132" />
            <source>must be an id: a letter, then letters, digits, '_' or '-' (max 64)</source>
            <translation>须为代码：以字母开头，其后为字母、数字、“_”或“-”（最多 64 个字符）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="142" />
            <source>must be one of: {choices}</source>
            <translation>须为以下之一：{choices}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="151" />
            <source>must be ids separated by '|', e.g. guangdong|beijing</source>
            <translation>须为以“|”分隔的代码，例如 guangdong|beijing</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="159" />
            <source>full-width characters in a number: type ASCII digits (0-9 and '.')</source>
            <translation>数字中含全角字符：请输入半角数字（0-9 和“.”）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="171" />
            <source>percent sign in a number: write a fraction, e.g. 0.15 for 15%</source>
            <translation>数字中含百分号：请写成小数，例如 15% 写作 0.15</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="175" />
            <source>thousands separator in a number: write it without commas, e.g. 1234567</source>
            <translation>数字中含千位分隔符：请去掉逗号，例如 1234567</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="181" />
            <source>must be a number</source>
            <translation>须为数字</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="185" />
            <source>number is too large</source>
            <translation>数字过大</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="189" />
            <source>must be &gt;= {low:g} (negative values are not allowed)</source>
            <translation>须大于或等于 {low:g}（不允许负数）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="192" />
            <source>must be &gt;= {low:g}</source>
            <translation>须大于或等于 {low:g}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="194" />
            <source>must be &lt;= {high:g}</source>
            <translation>须小于或等于 {high:g}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="218" />
            <source>must be true or false</source>
            <translation>须为 true 或 false</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="235" />
            <source>must be a date written YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>须为 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="244" />
            <source>year must be between {first} and {last}</source>
            <translation>年份须在 {first} 至 {last} 之间</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="252" />
            <source>must be a web address starting with http:// or https://, without spaces</source>
            <translation>须为以 http:// 或 https:// 开头且不含空格的网址</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="285" />
            <source>duplicate {key} (first at row {first})</source>
            <translation>{key} 重复（首次出现在第 {first} 行）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="316" />
            <source>the pack uses schema version {found}, newer than version {supported} this app reads: update the app</source>
            <translation>该数据包采用第 {found} 版数据结构，高于本程序可读取的第 {supported} 版：请更新本程序</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="328" />
            <source>must be 1 or more</source>
            <translation>须大于或等于 1</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="337" />
            <source>must be a non-empty text of at most {limit} characters</source>
            <translation>须为非空文本，最多 {limit} 个字符</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="353" />
            <source>must be text</source>
            <translation>须为文本</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="383" />
            <source>must map each file name to its SHA-256 checksum</source>
            <translation>必须为每个文件名给出其 SHA-256 校验和</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="394" />
            <source>unknown file {name}; expected one of: {files}</source>
            <translation>未知文件 {name}；应为以下之一：{files}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/validate.py" line="404" />
            <source>the checksum of {name} must be 64 hexadecimal digits (SHA-256)</source>
            <translation>{name} 的校验和必须是 64 位十六进制数字（SHA-256）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="41" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="42" />
            <location filename="../../explorer/datapack/diff_model.py" line="98" />
            <source>{field}: {old} → {new}</source>
            <translation>{field}：{old} → {new}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="43" />
            <source>rule {rule}</source>
            <translation>规则 {rule}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="44" />
            <source>rule {rule} {field}</source>
            <translation>规则 {rule} {field}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="45" />
            <source>present</source>
            <translation>原有</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="46" />
            <location filename="../../explorer/datapack/diff_policies.py" line="49" />
            <source>removed</source>
            <translation>已删除</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="47" />
            <source>added ({kind})</source>
            <translation>新增（{kind}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="48" />
            <source>{path}: added, {value} {unit}</source>
            <translation>{path}：新增，{value} {unit}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="49" />
            <source>{path}: removed (was {value} {unit})</source>
            <translation>{path}：已删除（原为 {value} {unit}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="50" />
            <source>{path}: {changes}</source>
            <translation>{path}：{changes}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="51" />
            <source>Data pack {old_version} ({old_as_of}) → {new_version} ({new_as_of})</source>
            <translation>数据包 {old_version}（截至 {old_as_of}）→ {new_version}（截至 {new_as_of}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="54" />
            <source>No changes to the content.</source>
            <translation>内容无变化。</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="55" />
            <source>Every change, by file of the pack and row: old → new, with units. Texts are shown in this language; a change to the other language's text is noted.</source>
            <translation>按数据包文件和行列出每项变更：原值 → 新值，附单位。文字以当前语言显示；另一语言文字的变更会注明。</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="66" />
            <source>{policy} (expired {date})</source>
            <translation>{policy}（{date} 失效）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="68" />
            <source>Policies added ({count}):</source>
            <translation>新增政策（{count}）：</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="69" />
            <source>Policies removed ({count}):</source>
            <translation>删除政策（{count}）：</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="70" />
            <source>Policies now expired ({count}):</source>
            <translation>现已失效的政策（{count}）：</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="71" />
            <source>Policies changed ({count}):</source>
            <translation>变更政策（{count}）：</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="72" />
            <source>Parameters changed ({count}):</source>
            <translation>参数变更（{count}）：</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="73" />
            <source>Other changes ({count}):</source>
            <translation>其他变更（{count}）：</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="77" />
            <source>site added: {id}</source>
            <translation>新增地区：{id}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="78" />
            <source>site removed: {id}</source>
            <translation>删除地区：{id}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="81" />
            <source>user region added: {id}</source>
            <translation>新增用户区域：{id}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="82" />
            <source>user region removed: {id}</source>
            <translation>删除用户区域：{id}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="85" />
            <source>workload template added: {id}</source>
            <translation>新增工作负载模板：{id}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="86" />
            <source>workload template removed: {id}</source>
            <translation>删除工作负载模板：{id}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="89" />
            <source>site {site} {field}: {old} → {new}</source>
            <translation>地区 {site} {field}：{old} → {new}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="90" />
            <source>hub fact added: {id} ({text})</source>
            <translation>新增枢纽数据：{id}（{text}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="91" />
            <source>hub fact removed: {id}</source>
            <translation>删除枢纽数据：{id}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="92" />
            <source>hub fact changed: {id}: {old} → {new}</source>
            <translation>枢纽数据变更：{id}：{old} → {new}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="93" />
            <source>hub fact changed: {id}: {change}</source>
            <translation>枢纽数据变更：{id}：{change}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="97" />
            <location filename="../../explorer/datapack/diff_model.py" line="107" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff.py" line="98" />
            <location filename="../../explorer/datapack/diff_model.py" line="108" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/install.py" line="90" />
            <source>Data pack {version} (shipped, as of {as_of})</source>
            <translation>数据包 {version}（随附，截至 {as_of}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/install.py" line="92" />
            <source>Data pack {version} (imported, as of {as_of})</source>
            <translation>数据包 {version}（导入，截至 {as_of}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/install.py" line="107" />
            <source>the imported pack is invalid ({count} problem(s)); using the shipped pack</source>
            <translation>导入的数据包无效（{count} 个问题），现使用随附数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/loader.py" line="73" />
            <source>the file's SHA-256 checksum does not match the one in manifest.json: the file was changed after the manifest was written, or damaged (after an intended edit, run 'main.py datapack checksum' on the folder)</source>
            <translation>该文件的 SHA-256 校验和与 manifest.json 中的不一致：文件在清单写入后被改动或已损坏（如是有意修改，请对该文件夹运行“main.py datapack checksum”）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/package_tables.py" line="54" />
            <source>{limit} is not a limit of a {item} item</source>
            <translation>{limit} 不是 {item} 类措施的上限项</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/package_tables.py" line="73" />
            <source>a second {limit} for {item}: give each limit once</source>
            <translation>{item} 的第二个 {limit}：每个上限只能给出一次</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="97" />
            <source>{file} · {title} ({count} changed):</source>
            <translation>{file} · {title}（{count} 项变更）：</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="99" />
            <source>{field}: {value} (unchanged)</source>
            <translation>{field}：{value}（未变）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="100" />
            <source>{field}, added: {text}</source>
            <translation>{field}，新增：{text}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="101" />
            <source>{field}: rewritten</source>
            <translation>{field}：已改写</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="102" />
            <source>{field}: added</source>
            <translation>{field}：已新增</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="103" />
            <source>{field}: rewritten (the figure is unchanged)</source>
            <translation>{field}：已改写（数值未变）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="104" />
            <source>{value}% a year</source>
            <translation>每年{value}%</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="105" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="106" />
            <source>{low} to {high}</source>
            <translation>{low}至{high}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="112" />
            <source>value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="113" />
            <source>range (low to high)</source>
            <translation>区间（低至高）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="114" />
            <source>unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="115" />
            <source>source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="116" />
            <source>source in the other language</source>
            <translation>另一语言的来源</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="117" />
            <source>as of</source>
            <translation>截至</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="118" />
            <location filename="../../explorer/datapack/diff_policies.py" line="65" />
            <source>confidence</source>
            <translation>可信度</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="119" />
            <source>link</source>
            <translation>链接</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="120" />
            <location filename="../../explorer/datapack/diff_policies.py" line="84" />
            <source>note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="121" />
            <location filename="../../explorer/datapack/diff_policies.py" line="85" />
            <source>note in the other language</source>
            <translation>另一语言的说明</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="122" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="123" />
            <source>name in the other language</source>
            <translation>另一语言的名称</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="124" />
            <source>role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="125" />
            <source>hub cluster</source>
            <translation>枢纽集群</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="126" />
            <source>label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="127" />
            <source>wording</source>
            <translation>表述</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="128" />
            <source>wording in the other language</source>
            <translation>另一语言的表述</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="129" />
            <source>from the hub article</source>
            <translation>出自枢纽文章</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="130" />
            <source>latency claim, from site</source>
            <translation>时延说法的起点站点</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="131" />
            <source>latency claim, to user region</source>
            <translation>时延说法的目标用户区域</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_model.py" line="132" />
            <source>policy setting it</source>
            <translation>设定该上限的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="37" />
            <source>policies</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="38" />
            <source>policy sources</source>
            <translation>政策来源</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="39" />
            <source>benefit rules</source>
            <translation>优惠规则</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="40" />
            <source>eligibility conditions</source>
            <translation>资格条件</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="42" />
            <source>{policy}: added ({status})</source>
            <translation>{policy}：新增（{status}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="43" />
            <source>{policy}: removed</source>
            <translation>{policy}：已删除</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="44" />
            <source>now expired: its expiry date {date} is before the pack's date</source>
            <translation>现已失效：失效日期 {date} 早于数据包日期</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="45" />
            <source>source added: {title}</source>
            <translation>新增来源：{title}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="46" />
            <source>source removed: {title}</source>
            <translation>删除来源：{title}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="47" />
            <source>{rule} ({kind}) of {policy}</source>
            <translation>{policy} 的 {rule}（{kind}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="48" />
            <source>added: {kind}, {amount}</source>
            <translation>新增：{kind}，{amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="50" />
            <source>{policy}, the whole policy</source>
            <translation>{policy}，整项政策</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="51" />
            <source>{policy}, rule {rule}</source>
            <translation>{policy}，规则 {rule}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="52" />
            <source>condition added: {text}</source>
            <translation>新增条件：{text}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="53" />
            <source>condition removed: {text}</source>
            <translation>删除条件：{text}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="55" />
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="56" />
            <source>issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="57" />
            <source>summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="58" />
            <source>document number</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="59" />
            <source>issued</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="60" />
            <source>in force from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="61" />
            <source>expiry</source>
            <translation>失效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="62" />
            <source>level</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="63" />
            <source>category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="64" />
            <source>aimed at origins</source>
            <translation>面向迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="66" />
            <source>status on the pack's date</source>
            <translation>数据包日期时的状态</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="67" />
            <source>superseded by</source>
            <translation>被以下政策取代</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="68" />
            <source>last checked against its sources</source>
            <translation>最近一次对照来源核对</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="69" />
            <source>checked against</source>
            <translation>核对依据</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="70" />
            <source>kind</source>
            <translation>种类</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="71" />
            <source>base</source>
            <translation>计算基数</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="72" />
            <source>rate</source>
            <translation>比例</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="73" />
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="74" />
            <source>cap a year</source>
            <translation>每年上限</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="75" />
            <source>cap in all</source>
            <translation>总上限</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="76" />
            <source>threshold</source>
            <translation>门槛</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="77" />
            <source>first year</source>
            <translation>起始年份</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="78" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="79" />
            <source>payout lag, years</source>
            <translation>兑付滞后（年）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="80" />
            <source>expected realisation</source>
            <translation>预计兑现率</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="81" />
            <source>stacking group (only the largest of a group counts)</source>
            <translation>叠加组（同组只计最大的一项）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="82" />
            <source>applies at</source>
            <translation>适用地点</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="83" />
            <source>amount published</source>
            <translation>金额已公布</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="86" />
            <source>title in the other language</source>
            <translation>另一语言的标题</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="87" />
            <source>issuer in the other language</source>
            <translation>另一语言的发文机关</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_policies.py" line="88" />
            <source>summary in the other language</source>
            <translation>另一语言的摘要</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="33" />
            <source>added: {value}</source>
            <translation>新增：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="34" />
            <source>removed (was {value})</source>
            <translation>已删除（原为{value}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="35" />
            <source>{row}: added</source>
            <translation>{row}：新增</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="36" />
            <source>{row}: removed</source>
            <translation>{row}：已删除</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="37" />
            <source>{site} → {region}, round-trip estimate</source>
            <translation>{site} → {region}，往返估算</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="38" />
            <source>{item}, {limit}</source>
            <translation>{item}，{limit}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="39" />
            <source>at most {value} ({source})</source>
            <translation>至多{value}（{source}）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="41" />
            <source>Latency tolerance</source>
            <translation>时延容忍度</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="44" />
            <source>Public discount rate</source>
            <translation>公共贴现率</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="45" />
            <source>Local share of corporate income tax</source>
            <translation>企业所得税地方分成</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="46" />
            <source>Return per yuan of power sold</source>
            <translation>每元售电的本地回报</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="47" />
            <source>Share of staff hired locally</source>
            <translation>本地招聘比例</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="48" />
            <source>Return per yuan of local wages</source>
            <translation>每元本地工资的回报</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="49" />
            <source>Share of investment spent locally</source>
            <translation>本地投资比例</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="52" />
            <source>Return per yuan spent locally</source>
            <translation>每元本地投资的回报</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="55" />
            <source>sites</source>
            <translation>站点</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="56" />
            <source>site parameters</source>
            <translation>站点参数</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="57" />
            <source>user regions</source>
            <translation>用户区域</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="58" />
            <source>round-trip latency estimates</source>
            <translation>往返时延估算</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="59" />
            <source>workload templates</source>
            <translation>工作负载模板</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="60" />
            <source>workload template parameters</source>
            <translation>工作负载模板参数</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="61" />
            <source>hub facts and official claims</source>
            <translation>枢纽数据与官方说法</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="62" />
            <source>ceilings of negotiated package items</source>
            <translation>谈判激励项目的上限</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/diff_tables.py" line="63" />
            <source>the region's assumptions (package designer)</source>
            <translation>区域假设（激励包设计）</translation>
        </message>
    </context>
    <context>
        <name>DataPackCommand</name>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="30" />
            <source>validate, import, revert or export the data pack</source>
            <translation>校验、导入、恢复或导出数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="33" />
            <source>Validate, import or revert the data pack (sites, policies, latency, templates, hub facts).</source>
            <translation>校验、导入或恢复数据包（地区、政策、时延、工作负载模板、枢纽数据）。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="39" />
            <source>datapack commands</source>
            <translation>数据包命令</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="44" />
            <source>the data pack: a folder, a .zip or an .xlsx</source>
            <translation>数据包：文件夹、.zip 文件或 .xlsx 工作簿</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="48" />
            <source>check a pack (folder, .zip or .xlsx) and list every problem</source>
            <translation>校验数据包（文件夹、.zip 或 .xlsx）并列出全部问题</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="57" />
            <source>after editing a pack folder by hand, write its files' SHA-256 checksums into its manifest</source>
            <translation>手工编辑数据包文件夹后，将各文件的 SHA-256 校验和写入其清单</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="63" />
            <source>the data pack folder</source>
            <translation>数据包文件夹</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="69" />
            <source>validate a pack, show what changes, and make it active</source>
            <translation>校验数据包，列出变化内容，并将其启用</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="78" />
            <source>do not ask for confirmation</source>
            <translation>不询问确认，直接执行</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="84" />
            <source>list what changes from one pack to another, by file and row, changing nothing</source>
            <translation>按文件和行列出两个数据包之间的变更，不做任何改动</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="91" />
            <source>the earlier pack: a folder, a .zip or an .xlsx</source>
            <translation>较早的数据包：文件夹、.zip 或 .xlsx</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="96" />
            <source>the later pack: a folder, a .zip or an .xlsx</source>
            <translation>较新的数据包：文件夹、.zip 或 .xlsx</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="102" />
            <source>drop the imported pack and use the shipped one again</source>
            <translation>删除导入的数据包，恢复使用随附数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="109" />
            <source>show which pack is active</source>
            <translation>显示当前启用的数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="115" />
            <source>write the active pack as an .xlsx workbook for Excel</source>
            <translation>将当前数据包导出为可用 Excel 打开的 .xlsx 工作簿</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="122" />
            <source>the workbook to write (.xlsx)</source>
            <translation>要写入的工作簿（.xlsx）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="137" />
            <source>Could not use {path}: {reason}</source>
            <translation>无法使用 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="140" />
            <source>The command failed: {reason}</source>
            <translation>命令执行失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="149" />
            <source>Invalid data pack: {count} problem(s).</source>
            <translation>数据包无效：共 {count} 个问题。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="164" />
            <source>Valid data pack {version} (as of {as_of}): {sites} sites, {policies} policies, {latencies} latencies, {templates} templates, {facts} hub facts.</source>
            <translation>数据包 {version}（截至 {as_of}）有效：{sites} 个地区，{policies} 项政策，{latencies} 条时延数据，{templates} 个工作负载模板，{facts} 条枢纽数据。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="190" />
            <source>{path} is not a data pack folder</source>
            <translation>{path} 不是数据包文件夹</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="201" />
            <source>Wrote the SHA-256 of {count} files to {path}</source>
            <translation>已将 {count} 个文件的 SHA-256 写入 {path}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="218" />
            <source>Replace the active data pack with this one? [y/N] </source>
            <translation>是否用此数据包替换当前启用的数据包？[y/N] </translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="222" />
            <source>Aborted: the active data pack is unchanged.</source>
            <translation>已取消：当前数据包未改变。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="227" />
            <source>Could not install the data pack; the active data is unchanged: {reason}</source>
            <translation>无法安装数据包，当前数据未改变：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="232" />
            <source>Data pack {version} (as of {as_of}) is now active.</source>
            <translation>数据包 {version}（截至 {as_of}）已启用。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="272" />
            <source>Could not remove the imported data pack: {reason}</source>
            <translation>无法删除导入的数据包：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="279" />
            <source>Already using the shipped data pack {version} (as of {as_of}).</source>
            <translation>当前已在使用随附数据包 {version}（截至 {as_of}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="283" />
            <source>Reverted to the shipped data pack {version} (as of {as_of}).</source>
            <translation>已恢复为随附数据包 {version}（截至 {as_of}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="296" />
            <source>Folder: {path}</source>
            <translation>文件夹：{path}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="298" />
            <source>Imported from {source} at {time}</source>
            <translation>导入自 {source}，导入时间 {time}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="299" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="302" />
            <source>Note: {reason}</source>
            <translation>注意：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="315" />
            <source>The export path must end in .xlsx</source>
            <translation>导出路径必须以 .xlsx 结尾</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="322" />
            <source>{path} could not be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/datapack.py" line="325" />
            <source>Wrote {label} to {path}</source>
            <translation>已将{label}写入 {path}</translation>
        </message>
    </context>
    <context>
        <name>DataPackDialogs</name>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="159" />
            <source>Checking the data pack…</source>
            <translation>正在检查数据包…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="180" />
            <source>Installing the data pack…</source>
            <translation>正在安装数据包…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="135" />
            <source>Import data pack: choose a .zip, an .xlsx workbook, or a pack folder's manifest.json</source>
            <translation>导入数据包：选择 .zip、.xlsx 工作簿或数据包文件夹中的 manifest.json</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="140" />
            <source>Data packs (*.zip *.xlsx manifest.json);;All files (*)</source>
            <translation>数据包 (*.zip *.xlsx manifest.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="171" />
            <location filename="../../explorer/ui/datapack_dialogs.py" line="184" />
            <location filename="../../explorer/ui/datapack_dialogs.py" line="189" />
            <source>Import data pack</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="172" />
            <source>Could not read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="185" />
            <source>The data pack could not be installed; the active data is unchanged.
%1</source>
            <translation>数据包未能安装，当前数据保持不变。
%1</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="190" />
            <source>Data pack %1 (as of %2) is now active.</source>
            <translation>数据包 %1（截至 %2）已启用。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="199" />
            <source>Revert to shipped data</source>
            <translation>恢复为随附数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="204" />
            <source>The shipped data pack is already in use.</source>
            <translation>当前已在使用随附数据包。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="209" />
            <source>Replace the imported data pack %1 with the shipped data pack %2 (as of %3)? The imported pack will be deleted.</source>
            <translation>用随附数据包 %2（截至 %3）替换已导入的数据包 %1？已导入的数据包将被删除。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="226" />
            <source>Could not remove the imported data pack: %1</source>
            <translation>无法删除已导入的数据包：%1</translation>
        </message>
    </context>
    <context>
        <name>DiffDialog</name>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="112" />
            <source>Import data pack</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="115" />
            <source>%1 is valid: data pack %2, as of %3. Review the changes, then import it to replace the active data. You can revert to the shipped data at any time.</source>
            <translation>%1 校验通过：数据包 %2，截至 %3。请核对变更后导入以替换当前数据；随时可恢复为随附数据。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="121" />
            <source>Changes the import makes</source>
            <translation>导入带来的变更</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="122" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="124" />
            <source>Import this data pack</source>
            <translation>导入此数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="127" />
            <source>Cancel the import</source>
            <translation>取消导入</translation>
        </message>
    </context>
    <context>
        <name>Eligibility</name>
        <message>
            <location filename="../../explorer/domain/cashflow.py" line="309" />
            <source>aimed at firms moving from {sites}</source>
            <translation>面向迁出地：{sites}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="60" />
            <source>fixed-asset investment</source>
            <translation>固定资产投资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="61" />
            <source>IT load</source>
            <translation>IT负载</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="62" />
            <source>sector</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="63" />
            <source>High and New Technology Enterprise status</source>
            <translation>高新技术企业资格</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="64" />
            <source>domestic-chip share</source>
            <translation>国产芯片占比</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="65" />
            <source>registration in Gui'an</source>
            <translation>在贵安注册</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="66" />
            <source>origin region</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="68" />
            <source>revenue share from encouraged industries</source>
            <translation>鼓励类产业收入占比</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="70" />
            <source>PUE at the site</source>
            <translation>站点PUE</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="71" />
            <source>move date</source>
            <translation>迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="72" />
            <source>selection as a benchmark project</source>
            <translation>入选标杆项目</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="73" />
            <source>an approved upgrade</source>
            <translation>经认定的转型升级</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="74" />
            <source>large-enterprise status</source>
            <translation>大型企业身份</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="75" />
            <source>number of qualifying staff</source>
            <translation>符合条件的人才数量</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="99" />
            <source>data-centre operation</source>
            <translation>数据中心运营</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="100" />
            <source>cloud services</source>
            <translation>云计算服务</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="101" />
            <source>AI</source>
            <translation>人工智能</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="102" />
            <source>film and animation rendering</source>
            <translation>影视动画渲染</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="103" />
            <source>software and IT services</source>
            <translation>软件和信息技术服务</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="104" />
            <source>integrated circuits</source>
            <translation>集成电路</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="105" />
            <source>other business</source>
            <translation>其他行业</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="108" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="109" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="114" />
            <source>at least</source>
            <translation>不低于</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="115" />
            <source>at most</source>
            <translation>不高于</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="116" />
            <source>equal to</source>
            <translation>等于</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="117" />
            <source>one of</source>
            <translation>属于</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="122" />
            <source>{label} {op} {value}</source>
            <translation>{label}{op}{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="123" />
            <source>{label} {op} {value} yuan</source>
            <translation>{label}{op}{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="124" />
            <source>{label} {op} {value} kW</source>
            <translation>{label}{op}{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="125" />
            <source>{label} {op} {value} persons</source>
            <translation>{label}{op}{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="127" />
            <source>{label} required</source>
            <translation>需要{label}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="128" />
            <source>{label} must be absent</source>
            <translation>不得具有{label}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="129" />
            <source>met: {need} (the firm: {actual})</source>
            <translation>满足：{need}（企业：{actual}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="130" />
            <source>not met: {need}; the firm: {actual}</source>
            <translation>不满足：{need}；企业：{actual}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="131" />
            <source>would be met with {need}</source>
            <translation>若{need}则满足</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="132" />
            <source>unknown: {why}</source>
            <translation>未知：{why}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="133" />
            <source>the firm profile does not give its {label}</source>
            <translation>企业资料未提供{label}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="134" />
            <source>the firm profile does not give the {label}</source>
            <translation>企业资料未提供{label}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="135" />
            <source>the rule cannot be read ({problem})</source>
            <translation>规则无法解读（{problem}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="136" />
            <source>the condition value '{value}' is not recognised</source>
            <translation>条件值“{value}”无法识别</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="137" />
            <source>state the firm's {label} in the scenario</source>
            <translation>在方案中填写企业的{label}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="138" />
            <source>give {path} in the scenario</source>
            <translation>在方案中填写 {path}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="139" />
            <source>{op} does not apply to a yes/no field</source>
            <translation>“{op}”不适用于是/否字段</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="140" />
            <source>'in' does not apply to a number</source>
            <translation>“in”不适用于数值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="141" />
            <source>{op} does not apply to a text field</source>
            <translation>“{op}”不适用于文本字段</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="142" />
            <source>{op} does not apply to this field</source>
            <translation>“{op}”不适用于此字段</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="336" />
            <source>investment in the qualifying project</source>
            <translation>合格项目投资额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="340" />
            <source>retrofit investment</source>
            <translation>节能改造投资额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/incentives.py" line="343" />
            <source>R&amp;D budget of the project</source>
            <translation>项目研发预算</translation>
        </message>
    </context>
    <context>
        <name>EnergyCostChart</name>
        <message>
            <location filename="../../explorer/ui/charts/energy_cost_chart.py" line="30" />
            <source>Energy cost per year</source>
            <translation>每年电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/energy_cost_chart.py" line="31" />
            <source>Annual energy cost by site</source>
            <translation>各地区每年电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/energy_cost_chart.py" line="66" />
            <source>{site}
{energy} kWh a year
Energy cost: {cost} ({exact} yuan)</source>
            <translation>{site}
每年 {energy} 千瓦时
电费：{cost}（{exact} 元）</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="415" />
            <source>at most {limit} sites can be compared, got {count}</source>
            <translation>最多可比较 {limit} 个地点，实际为 {count} 个</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="355" />
            <source>must be a date from {low} to {high}, got {value}</source>
            <translation>须为 {low} 至 {high} 之间的日期，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/uncertainty.py" line="43" />
            <source>must be a whole number from 0 to {maximum}, got {value!r}</source>
            <translation>须为 0 至 {maximum} 之间的整数，实际为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/uncertainty.py" line="56" />
            <source>must be a finite amount of yuan within ±{maximum}, got {value}</source>
            <translation>须为 ±{maximum} 元以内的有限金额，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="161" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="162" />
            <source>yuan/yr</source>
            <translation>元/年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="163" />
            <source>yuan/rack</source>
            <translation>元/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="164" />
            <source>yuan/TB</source>
            <translation>元/TB</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="165" />
            <source>yuan/day</source>
            <translation>元/天</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="166" />
            <source>yuan/person</source>
            <translation>元/人</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="167" />
            <source>yuan/kWh</source>
            <translation>元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="168" />
            <source>yuan/kW</source>
            <translation>元/千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="169" />
            <source>yuan/rack/month</source>
            <translation>元/机柜/月</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="170" />
            <source>yuan/Mbps/month</source>
            <translation>元/Mbps/月</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="171" />
            <source>yuan/person/year</source>
            <translation>元/人/年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="172" />
            <source>yuan/person/yr</source>
            <translation>元/人/年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="173" />
            <source>persons</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="174" />
            <source>count</source>
            <translation>个</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="175" />
            <source>ms</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="176" />
            <source>kW</source>
            <translation>千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="177" />
            <source>kW/rack</source>
            <translation>千瓦/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="178" />
            <source>Mbps</source>
            <translation>Mbps</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="179" />
            <source>Mbps/100kW</source>
            <translation>Mbps/100千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="180" />
            <source>fraction</source>
            <translation>比例</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="181" />
            <source>fraction/yr</source>
            <translation>比例/年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="182" />
            <source>ratio</source>
            <translation>比值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="183" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="184" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="185" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="186" />
            <source>TB</source>
            <translation>TB</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="187" />
            <source>tCO2/MWh</source>
            <translation>吨CO₂/兆瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="188" />
            <source>CNY/USD</source>
            <translation>元/美元</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="52" />
            <source>no utilisation given: unit cost assumes full use</source>
            <translation>未给出利用率：单位成本按满负荷使用计算</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="53" />
            <source>not given: the facility life, so the origin facility needs no reinvestment before then</source>
            <translation>未填写：按设施寿命计，原址设施在此之前无需再投资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="56" />
            <source>the data pack states no reference rack power: rents are taken as quoted for 6 kW racks</source>
            <translation>数据包未给出标准机柜功率：租金按6千瓦机柜报价计</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="59" />
            <source>this policy guarantees no electricity price, so it has no price to set</source>
            <translation>该政策不保障电价，因此没有可设定的电价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="62" />
            <source>the price the policy guarantees (benefit rule {rule})</source>
            <translation>政策保障的电价（收益规则{rule}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="154" />
            <source>is not a numeric input of this scenario</source>
            <translation>不是此方案的数值输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="222" />
            <source>is required: the data pack has no default for it</source>
            <translation>为必填项（数据包中没有其默认值）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="256" />
            <source>{reason} (data pack)</source>
            <translation>{reason}（数据包中的数值）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="330" />
            <source>{total:g} Mbps for the template's {load:g} kW, scaled to 100 kW</source>
            <translation>模板按 {load:g} 千瓦 IT 负载计为 {total:g} Mbps，已折算至每 100 千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="336" />
            <location filename="../../explorer/domain/model.py" line="340" />
            <source>{note}; {scaled}</source>
            <translation>{note}；{scaled}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="369" />
            <source>unknown user region {region!r} (known: {known})</source>
            <translation>未知的用户区域 {region!r}（可选：{known}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="380" />
            <source>unknown template {template!r} (known: {known})</source>
            <translation>未知的工作负载模板 {template!r}（可选：{known}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="487" />
            <source>is not in the data pack (known: {known}); a custom site must give {missing}</source>
            <translation>不在数据包中（数据包中的地区：{known}）；自定义地区须给出 {missing}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="536" />
            <source>is not a user region of the data pack</source>
            <translation>不是数据包中的用户区域</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="620" />
            <source>is not a policy of the data pack</source>
            <translation>不是数据包中的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="633" />
            <location filename="../../explorer/domain/scenario.py" line="341" />
            <source>must be between {low} and {high}, got {value}</source>
            <translation>须在 {low} 至 {high} 之间，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="47" />
            <source>is required</source>
            <translation>为必填项</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="48" />
            <source>must be one of {choices}, got {value!r}</source>
            <translation>须为 {choices} 之一，实际为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="49" />
            <source>must be a whole number of years, got {value}</source>
            <translation>须为整数年，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="50" />
            <source>is not in the scenario</source>
            <translation>不在本方案中</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="51" />
            <source>is not a numeric input of the scenario</source>
            <translation>不是本方案的数值输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="103" />
            <source>expected a number or Quantity, got {kind}</source>
            <translation>应为数字或 Quantity，实际为 {kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="113" />
            <source>expected a number, got {value!r}</source>
            <translation>应为数字，实际为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="117" />
            <source>must be a finite number, got {value!r}</source>
            <translation>须为有限数值，实际为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="122" />
            <source>must be between {minimum:g} and {maximum:g} {unit}, got {value:g}</source>
            <translation>须在 {minimum:g} 至 {maximum:g} 之间（单位：{unit}），实际为 {value:g}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="134" />
            <source>give both low and high, or neither</source>
            <translation>low 和 high 须同时给出，或都不给出</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="141" />
            <source>expected low &lt;= value &lt;= high, got {low:g} &lt;= {value:g} &lt;= {high:g}</source>
            <translation>须满足“下限 ≤ 取值 ≤ 上限”，实际为 {low:g} ≤ {value:g} ≤ {high:g}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="200" />
            <source>is required (a site id such as {example})</source>
            <translation>为必填项（地区代码，如 {example}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="266" />
            <source>is not a site parameter (known: {known})</source>
            <translation>不是地区参数（可用参数：{known}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="291" />
            <source>every site needs an id</source>
            <translation>每个地区都须有 id</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="349" />
            <source>must be a date, got {value!r}</source>
            <translation>须为日期，实际为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="376" />
            <source>every chosen policy needs an id</source>
            <translation>每项所选政策都须有 id</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="421" />
            <source>each site may appear only once</source>
            <translation>每个地区只能出现一次</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="425" />
            <source>must differ from the origin ({origin})</source>
            <translation>不能与迁出地（{origin}）相同</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="436" />
            <source>each policy may be chosen only once</source>
            <translation>每项政策只能选择一次</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/editing.py" line="34" />
            <source>is not the path of an input</source>
            <translation>不是输入项的路径</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/editing.py" line="176" />
            <location filename="../../explorer/domain/scenario.py" line="498" />
            <source>policy {policy} is not chosen in this scenario</source>
            <translation>本方案未选择政策 {policy}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/editing.py" line="153" />
            <location filename="../../explorer/domain/scenario.py" line="507" />
            <source>site {site} is not in the scenario</source>
            <translation>地区 {site} 不在本方案中</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="88" />
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="89" />
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="90" />
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="91" />
            <source>true/false</source>
            <translation>布尔值（true/false）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="92" />
            <source>null</source>
            <translation>空值（null）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/firm_facts.py" line="23" />
            <source>is not a firm fact a policy asks about</source>
            <translation>不是政策所问的企业情况</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/firm_facts.py" line="24" />
            <source>expected {kind}, got {value!r}</source>
            <translation>应为{kind}，实为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/firm_facts.py" line="25" />
            <source>yes or no</source>
            <translation>是或否</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/firm_facts.py" line="26" />
            <source>a sector</source>
            <translation>一个行业</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/firm_facts.py" line="27" />
            <location filename="../../explorer/domain/scenario_codec.py" line="94" />
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="98" />
            <source>Expecting value</source>
            <translation>此处应有一个值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="99" />
            <source>Expecting property name enclosed in double quotes</source>
            <translation>此处应有用双引号括起的字段名</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="102" />
            <source>Expecting ':' delimiter</source>
            <translation>此处应有分隔符“:”</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="103" />
            <source>Expecting ',' delimiter</source>
            <translation>此处应有分隔符“,”</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="104" />
            <source>Extra data</source>
            <translation>数据结束后还有多余内容</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="105" />
            <source>Unterminated string starting at</source>
            <translation>字符串从此处开始但没有结束</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="106" />
            <source>Invalid control character at</source>
            <translation>此处有无效的控制字符</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="107" />
            <source>Invalid \escape</source>
            <translation>无效的反斜杠转义</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="108" />
            <source>Invalid \uXXXX escape</source>
            <translation>无效的 \uXXXX 转义</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="109" />
            <source>Illegal trailing comma before end of object</source>
            <translation>对象结尾前有多余的逗号</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="112" />
            <source>Illegal trailing comma before end of array</source>
            <translation>数组结尾前有多余的逗号</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="116" />
            <source>syntax error</source>
            <translation>语法错误</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="119" />
            <source>invalid start byte</source>
            <translation>无效的起始字节</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="120" />
            <source>invalid continuation byte</source>
            <translation>无效的后续字节</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="121" />
            <source>unexpected end of data</source>
            <translation>数据在字符中间意外结束</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="123" />
            <source>invalid byte</source>
            <translation>无效字节</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="125" />
            <source>the number at line {line}, column {column} has more than {limit:,} digits</source>
            <translation>第 {line} 行第 {column} 列的数字超过 {limit:,} 位</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="128" />
            <source>a number has more than {limit:,} digits</source>
            <translation>有数字超过 {limit:,} 位</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="129" />
            <source>a value cannot be read</source>
            <translation>有无法读取的值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="175" />
            <source>is larger than {limit:,} bytes</source>
            <translation>超过 {limit:,} 字节</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="183" />
            <source>is not UTF-8 text ({reason} at byte {position})</source>
            <translation>不是 UTF-8 文本（字节偏移 {position} 处：{reason}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="190" />
            <source>is larger than {limit:,} characters</source>
            <translation>超过 {limit:,} 个字符</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="199" />
            <source>is not valid JSON: {reason} at line {line}, column {column}</source>
            <translation>不是有效的 JSON：第 {line} 行第 {column} 列，{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="205" />
            <source>is nested too deeply</source>
            <translation>嵌套层数过多</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="211" />
            <source>cannot be read: {reason}</source>
            <translation>无法读取：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="219" />
            <source>{name} is not allowed: numbers must be finite</source>
            <translation>不允许使用 {name}：数字须为有限数值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="227" />
            <source>appears twice in the same object</source>
            <translation>在同一对象中重复出现</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="234" />
            <source>the file was made by a newer version of the app (scenario version {version}; this app reads up to {supported})</source>
            <translation>文件由更高版本的程序创建（方案格式第 {version} 版；本程序最高只能读取第 {supported} 版）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="239" />
            <source>this app reads scenario versions {oldest} to {newest}, got {value!r}</source>
            <translation>本程序支持第 {oldest} 至 {newest} 版方案格式，该文件的版本为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="242" />
            <source>is not a field of scenario version {version} (it came with version {since})</source>
            <translation>不是第 {version} 版方案格式的字段（第 {since} 版起才有）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="246" />
            <source>Opened a version-{version} scenario: {change}; the NPV may differ from the one saved.</source>
            <translation>已打开第 {version} 版格式的方案：{change}；净现值可能与保存时不同。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="250" />
            <source>colocation space is now priced by rack power (the rent is for a reference rack, 6 kW in the shipped data pack, and a denser rack pays more)</source>
            <translation>机柜托管的空间费用现按机柜功率计价（租金对应标准机柜，随附数据包中为 6 千瓦，功率更高的机柜按比例多付）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="255" />
            <source>the provider's rack space is now priced by rack power (the rent is for a reference rack, 6 kW in the shipped data pack, and a denser rack pays more)</source>
            <translation>服务商的机柜空间费用现按机柜功率计价（租金对应标准机柜，随附数据包中为 6 千瓦，功率更高的机柜按比例多付）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="260" />
            <source>a self-build case now treats the new facility as an investment (its build cost at the move, upkeep, a residual value at the end), not as a yearly cost at both sites; the origin facility's remaining life, the build period and a sale of the origin facility take their defaults</source>
            <translation>自建方案现将新设施视为一项投资（搬迁时投入建设成本，每年计维护费，期末计残值），而不再在两地都按年度成本计；原址设施剩余寿命、建设期和原址设施出售均取默认值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="402" />
            <source>must be a JSON object, got {kind}</source>
            <translation>须为 JSON 对象，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_codec.py" line="17" />
            <source>must be text</source>
            <translation>须为文本</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_codec.py" line="18" />
            <source>must be a JSON object of texts</source>
            <translation>须为由文本组成的 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_codec.py" line="19" />
            <source>must be a JSON list of texts</source>
            <translation>须为由文本组成的 JSON 列表</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_codec.py" line="20" />
            <location filename="../../explorer/domain/scenario_codec.py" line="408" />
            <source>is not a known field (known: {known})</source>
            <translation>不是可识别的字段（可用字段：{known}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="416" />
            <source>must be a JSON list, got {kind}</source>
            <translation>须为 JSON 列表，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="427" />
            <source>must be text, got {kind}</source>
            <translation>须为文本，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_codec.py" line="21" />
            <location filename="../../explorer/domain/scenario_codec.py" line="445" />
            <source>must be a date written YYYY-MM-DD, got {value!r}</source>
            <translation>须为 YYYY-MM-DD 格式的日期，实际为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="452" />
            <source>must be a number, got {kind}</source>
            <translation>须为数字，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="457" />
            <source>is too large a number</source>
            <translation>数字过大</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="459" />
            <source>must be a finite number</source>
            <translation>须为有限数值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario_codec.py" line="494" />
            <source>must be true, false or null, got {kind}</source>
            <translation>须为 true、false 或 null，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/uncertainty.py" line="32" />
            <source>must be a whole number from 1 to {maximum}, got {value!r}</source>
            <translation>须为 1 至 {maximum} 之间的整数，实际为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="68" />
            <source>The electricity price at {site} is set by policy {policy} ({title}) at {price}: the answer is the policy price at which the NPV reaches the target. Above the market price there ({market}), the market price is taken to rise with it, since the policy only ever lowers the price.</source>
            <translation>{site}的电价由政策 {policy}（{title}）定为 {price}：所求答案是使净现值达到目标值的政策电价。若高于当地市场电价（{market}），则视市场电价随之上调，因为该政策只会压低电价。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="74" />
            <source>The answer is the electricity price at {site} at which the NPV reaches the target.</source>
            <translation>所求答案是使净现值达到目标值的{site}电价。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="77" />
            <source>The additional incentive a year at {site} at which the NPV reaches the target; negative when the case reaches it without one. The search spans three times the larger of the two sites' operating costs in year 1 ({amount}) either way, and widens if the answer lies beyond.</source>
            <translation>使净现值达到目标值所需的{site}每年额外激励；为负值时表示无需额外激励即可达到目标。搜索范围为正负两个方向各取两地第1年运营成本中较大者的三倍（{amount}），若答案超出该范围则自动扩大。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="83" />
            <source>The largest amount of other one-off costs at which the NPV still reaches the target, with the other one-off items as entered. The search spans 0 to twice the case's savings over {years} years before incentives ({amount}), and widens if the answer lies beyond.</source>
            <translation>在其余一次性费用项保持已输入值的情况下，净现值仍能达到目标值时的最高其他一次性费用。搜索范围为 0 至本方案 {years} 年内激励前节省额的两倍（{amount}），若答案超出该范围则自动扩大。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="89" />
            <source>The largest amount of other one-off costs at which the NPV still reaches the target, with the other one-off items as entered. The case saves nothing over {years} years before incentives, so the search spans 0 to twice the larger of the two sites' operating costs in year 1 ({amount}), and widens if the answer lies beyond.</source>
            <translation>在其余一次性费用项保持已输入值的情况下，净现值仍能达到目标值时的最高其他一次性费用。本方案 {years} 年内激励前没有节省，因此搜索范围为 0 至两地第1年运营成本中较大者的两倍（{amount}），若答案超出该范围则自动扩大。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="96" />
            <source>{amount} a year</source>
            <translation>每年 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="97" />
            <source>{value} {unit}</source>
            <translation>{value} {unit}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="99" />
            <source>The NPV is {npv} at every value searched, from {low} to {high}: this input does not move it in this case, so no value of it gives the target of {target}.</source>
            <translation>在 {low} 至 {high} 的整个搜索范围内，净现值始终为 {npv}：本方案中该输入不影响净现值，因此任何取值都无法达到目标值 {target}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="106" />
            <source>The NPV stays above the target of {target} even at a price of {edge} (NPV there: {npv}). Searched from {low} to {high}.</source>
            <translation>即使电价为 {edge}，净现值仍高于目标值 {target}（此时净现值：{npv}）。搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="111" />
            <source>The NPV stays below the target of {target} even at a price of {edge} (NPV there: {npv}). Searched from {low} to {high}.</source>
            <translation>即使电价为 {edge}，净现值仍低于目标值 {target}（此时净现值：{npv}）。搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="116" />
            <source>The NPV stays above the target of {target} even with an additional incentive of {edge} (NPV there: {npv}). Searched from {low} to {high}.</source>
            <translation>即使额外激励为 {edge}，净现值仍高于目标值 {target}（此时净现值：{npv}）。搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="121" />
            <source>The NPV stays below the target of {target} even with an additional incentive of {edge} (NPV there: {npv}). Searched from {low} to {high}.</source>
            <translation>即使额外激励为 {edge}，净现值仍低于目标值 {target}（此时净现值：{npv}）。搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="126" />
            <source>The NPV stays above the target of {target} even with other one-off costs of {edge} (NPV there: {npv}). Searched from {low} to {high}.</source>
            <translation>即使其他一次性费用为 {edge}，净现值仍高于目标值 {target}（此时净现值：{npv}）。搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="131" />
            <source>The NPV stays below the target of {target} even with other one-off costs of {edge} (NPV there: {npv}). Searched from {low} to {high}.</source>
            <translation>即使其他一次性费用为 {edge}，净现值仍低于目标值 {target}（此时净现值：{npv}）。搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="136" />
            <source>The NPV stays above the target of {target} even at {edge} (NPV there: {npv}). Searched from {low} to {high}.</source>
            <translation>即使取值为 {edge}，净现值仍高于目标值 {target}（此时净现值：{npv}）。搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="141" />
            <source>The NPV stays below the target of {target} even at {edge} (NPV there: {npv}). Searched from {low} to {high}.</source>
            <translation>即使取值为 {edge}，净现值仍低于目标值 {target}（此时净现值：{npv}）。搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="358" />
            <source>unknown preset {preset!r} (known: {known})</source>
            <translation>未知的预设问题 {preset!r}（可选：{known}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/goal_presets.py" line="380" />
            <location filename="../../explorer/domain/uncertainty.py" line="81" />
            <source>the origin cannot be the site a case moves to</source>
            <translation>迁出地不能作为迁移的目的地</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/uncertainty.py" line="361" />
            <source>no cash flow depends on this input, so it cannot move the NPV</source>
            <translation>此输入不影响任何现金流，因此无法改变净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/uncertainty.py" line="369" />
            <source>search range must lie within {minimum:g}..{maximum:g} with low &lt; high, got {low:g}..{high:g}</source>
            <translation>搜索范围须在 {minimum:g}..{maximum:g} 之内且下限小于上限，实际为 {low:g}..{high:g}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="276" />
            <source>The site's electricity price in this case ({price} yuan/kWh) already is this policy's price ({policy_price} yuan/kWh): selecting the policy adds nothing in year 1; later it only holds the price while market prices rise with the escalation. Its full value shows against the price a data centre would pay without it.</source>
            <translation>本方案中该站点的电价（{price}元/千瓦时）已是该政策电价（{policy_price}元/千瓦时）：选用该政策在第1年不增加收益，之后仅在市场电价随涨幅上升时锁定电价。与无此政策时数据中心应付的电价相比，才能看出其全部价值。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="283" />
            <source>The site's electricity price in this case ({price} yuan/kWh) is already below this policy's price ({policy_price} yuan/kWh): selecting the policy adds nothing until the market price, rising with the escalation, passes it.</source>
            <translation>本方案中该站点的电价（{price}元/千瓦时）已低于该政策电价（{policy_price}元/千瓦时）：选用该政策不增加收益，直到市场电价随涨幅升至该价格以上。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="291" />
            <source>in the site's price</source>
            <translation>已含在电价中</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="292" />
            <source>site's price is lower</source>
            <translation>站点电价已更低</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="328" />
            <source>expired on {date}, before the move</source>
            <translation>已于{date}失效，早于迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="329" />
            <source>applies to no site in this comparison</source>
            <translation>不适用于本次比较中的任何站点</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="330" />
            <source>has no quantified benefit</source>
            <translation>没有可量化的收益</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="331" />
            <source>eligible, but no amount was published</source>
            <translation>符合条件，但未公布金额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="332" />
            <source>not in force during the horizon</source>
            <translation>在测算期内不生效</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/engine.py" line="333" />
            <source>all conditions met</source>
            <translation>所有条件均满足</translation>
        </message>
    </context>
    <context>
        <name>ExplainDialog</name>
        <message>
            <location filename="../../explorer/ui/calculator/explain_dialog.py" line="15" />
            <source>How is this calculated: {title}</source>
            <translation>计算方法：{title}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/explain_dialog.py" line="22" />
            <source>Formula, numbers and sources</source>
            <translation>公式、数字与来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/explain_dialog.py" line="27" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/explain_dialog.py" line="29" />
            <source>Copy the explanation</source>
            <translation>复制说明</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../explorer/reports/charts.py" line="570" />
            <source>image size must be 16..8000 pixels a side and at most 32 million pixels, got {width} x {height}</source>
            <translation>图片每边须为 16 至 8000 像素、总计不超过 3200 万像素，实际为 {width} × {height}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/naming.py" line="52" />
            <source>{name!r} does not make a file name inside {folder}</source>
            <translation>{name!r} 无法在 {folder} 中构成文件名</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/pdf_writer.py" line="78" />
            <source>PDF and PNG exports need a QGuiApplication</source>
            <translation>导出 PDF 和 PNG 需要图形界面应用程序（QGuiApplication）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/pdf_writer.py" line="463" />
            <source>could not start the PDF</source>
            <translation>无法开始生成 PDF</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/png_writer.py" line="19" />
            <source>{chart!r} is not a chart of this report (known: {known})</source>
            <translation>{chart!r} 不是本报告中的图表（可选：{known}）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/png_writer.py" line="28" />
            <source>could not encode the PNG</source>
            <translation>无法编码 PNG 图片</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="92" />
            <source>must be CNY or USD, got {currency!r}</source>
            <translation>必须为 CNY 或 USD，实际为 {currency!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="36" />
            <source>Why Gui'an</source>
            <translation>为什么选择贵安</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="37" />
            <source>Gui'an New Area hosts the Guizhou hub's data-centre cluster, one of the 10 national clusters of East Data, West Computing. The figures below are shown exactly as their sources state them; the numbers in brackets refer to the sources listed at the end of this section.</source>
            <translation>贵安新区是贵州枢纽的数据中心集群所在地，为“东数西算”10个国家数据中心集群之一。以下数字均按来源原文列出；方括号中的编号对应本节末尾的来源列表。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="43" />
            <source>The hub in figures</source>
            <translation>枢纽数据一览</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="44" />
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="45" />
            <source>Figure, as stated</source>
            <translation>数字（按原文）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="46" />
            <source>What it measures</source>
            <translation>含义</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="47" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="48" />
            <source>The national computing network (schematic)</source>
            <translation>全国算力网络（示意图）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="49" />
            <source>Schematic: 8 hubs and 10 clusters at approximate relative positions, no boundaries. Gui'an is highlighted; the origins are linked to it with the round-trip estimate and the official claim.</source>
            <translation>示意图：8个枢纽节点和10个数据中心集群按大致相对位置绘制，不绘制任何边界。贵安以高亮显示；各迁出地与贵安之间标注往返估算和官方说法。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="54" />
            <source>Latency from Gui'an to the firms' home regions</source>
            <translation>贵安至企业所在区域的时延</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="55" />
            <source>From</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="56" />
            <source>Users' region</source>
            <translation>用户所在区域</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="57" />
            <source>Round-trip estimate (ms)</source>
            <translation>往返估算（毫秒）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="58" />
            <source>Official claim, one-way (ms)</source>
            <translation>官方说法，单向（毫秒）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="59" />
            <source>Green power, climate and PUE</source>
            <translation>绿色电力、气候与PUE</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="60" />
            <source>Gui'an data-centre PUE (data pack default)</source>
            <translation>贵安数据中心PUE（数据包默认值）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="61" />
            <source>Green power bought beyond the grid (data pack default)</source>
            <translation>电网之外另购绿电比例（数据包默认值）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="62" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/why_guian.py" line="63" />
            <source>{ms} ms</source>
            <translation>{ms}毫秒</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <location filename="../../explorer/cli/export.py" line="204" />
            <source>--size must be WIDTHxHEIGHT with each side from 16 to 8000 pixels and at most 32 million pixels in all, got {size!r}</source>
            <translation>--size 须为 WIDTHxHEIGHT，每边 16 至 8000 像素、总计不超过 3200 万像素，实际为 {size!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="40" />
            <source>export the investor pack (PDF), the Excel workbook, the annual table (CSV) or a chart (PNG)</source>
            <translation>导出投资者资料（PDF）、Excel 工作簿、年度明细表（CSV）或图表（PNG）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="44" />
            <source>Export a project (.gcx) or a scenario file (.json) as the investor pack (PDF), an Excel workbook, the annual table as CSV or a chart as PNG. Made offline; see docs/exports.md.</source>
            <translation>将项目（.gcx）或方案文件（.json）导出为投资者资料（PDF）、Excel 工作簿、CSV 格式的年度明细表或 PNG 格式的图表。离线生成，详见 docs/exports.md。</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="53" />
            <source>the project (.gcx) or scenario file (.json)</source>
            <translation>项目（.gcx）或方案文件（.json）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="59" />
            <source>write the investor pack as PDF here</source>
            <translation>将投资者资料以 PDF 格式写入此处</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="65" />
            <source>write the Excel workbook here</source>
            <translation>将 Excel 工作簿写入此处</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="71" />
            <source>write the annual table per site as CSV (UTF-8 with BOM) here</source>
            <translation>将各地区年度明细表以 CSV 格式（带 BOM 的 UTF-8）写入此处</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="79" />
            <source>write a chart as PNG here (see --chart and --size)</source>
            <translation>将图表以 PNG 格式写入此处（见 --chart 和 --size）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="87" />
            <source>the chart of --png (default cashflow)</source>
            <translation>--png 导出的图表（默认 cashflow）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="93" />
            <source>pixel size of --png, WIDTHxHEIGHT (default 1920x1080)</source>
            <translation>--png 的像素尺寸，格式为 WIDTHxHEIGHT（默认 1920x1080）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="101" />
            <source>language of the exports: zh (Chinese) or en (English); also of the messages unless main.py --lang is given (default: the language of the run, from main.py --lang or the system)</source>
            <translation>导出文件的语言：zh（中文）或 en（英文）；未给出 main.py --lang 时，也是输出信息的语言（默认：本次运行的语言，取自 main.py --lang 或系统语言）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="112" />
            <source>currency of every amount: CNY, or USD at the scenario's exchange rate (finance.cny_per_usd), named on every page and sheet (default CNY)</source>
            <translation>所有金额的币种：CNY（人民币），或按方案汇率（finance.cny_per_usd）折算的 USD（美元），在每页和每个工作表上注明（默认 CNY）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="122" />
            <source>the scenario's proposed incentive package, if it has one: firm (the firm's copy, without the region's side), bureau (the finance bureau's copy, with it) or none (left out); default firm</source>
            <translation>方案拟议的激励包（如有）：firm（企业版，不含区域一方）、bureau（财政部门版，含区域一方）或 none（不输出）；默认 firm</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="131" />
            <source>leave out the client's own figures and every input (the investor pack and workbook show the results only); the annual table (--csv) and the cost and tornado charts show inputs, so they are refused with it</source>
            <translation>不含客户自己的数据及全部输入项（投资者资料包与工作簿只显示结果）；年度表（--csv）以及成本图和龙卷风图会显示输入项，因此与此选项同用时拒绝导出</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="141" />
            <source>which scenario of a project, by name or id (default: the project's current one)</source>
            <translation>导出项目中的哪个方案，按名称或 ID 指定（默认：项目的当前方案）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="148" />
            <source>data pack folder, .zip or .xlsx to use instead of the active one</source>
            <translation>改用的数据包（文件夹、.zip 或 .xlsx），代替当前启用的数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="155" />
            <source>a project made with another data pack: use the current pack's figures (default: keep the project's)</source>
            <translation>项目由其他版本的数据包制作时，改用当前数据包的数值（默认：保留项目中的数值）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="165" />
            <source>Monte Carlo samples for the risk section (default 10000; 0 leaves it out)</source>
            <translation>风险分析部分的蒙特卡洛模拟样本数（默认 10000；为 0 时不含此部分）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="173" />
            <source>Monte Carlo seed (default 0)</source>
            <translation>蒙特卡洛模拟的随机种子（默认 0）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="177" />
            <source>the date on the cover, YYYY-MM-DD (default today)</source>
            <translation>封面日期，格式为 YYYY-MM-DD（默认今天）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="189" />
            <source>nothing to export: give at least one of --pdf, --xlsx, --csv, --png</source>
            <translation>没有可导出的内容：请至少给出 --pdf、--xlsx、--csv、--png 中的一项</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="196" />
            <source>--results-only leaves out the client's figures: the annual table (--csv) and the cost and tornado charts show them, so they cannot be exported with it</source>
            <translation>--results-only 不含客户数据：年度表（--csv）以及成本图和龙卷风图会显示这些数据，因此不能与此选项同时导出</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="211" />
            <source>--samples must be from 0 to 1000000, got {samples}</source>
            <translation>--samples 须在 0 至 1000000 之间，实际为 {samples}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="218" />
            <source>--date must be YYYY-MM-DD, got {date!r}</source>
            <translation>--date 须为 YYYY-MM-DD 格式，实际为 {date!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="223" />
            <source>the data pack could not be loaded: {reason}</source>
            <translation>无法加载数据包：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="230" />
            <source>the project's figures kept</source>
            <translation>保留项目中的数值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="232" />
            <source>figures refreshed from the current pack</source>
            <translation>已按当前数据包更新数值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="235" />
            <source>note: {file} was made with data pack {old}; this export uses {new} ({choice})</source>
            <translation>注意：{file} 由数据包 {old} 制作，本次导出使用 {new}（{choice}）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="249" />
            <source>note: policies not in the current data pack were left out: {policies}</source>
            <translation>注意：当前数据包中没有的政策未计入：{policies}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="254" />
            <source>note: {note}</source>
            <translation>注意：{note}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="259" />
            <source>{file} has no scenario named {wanted!r} (it has: {names})</source>
            <translation>{file} 中没有名为 {wanted!r} 的方案（现有：{names}）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/export.py" line="306" />
            <source>{path} could not be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="113" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="114" />
            <source>Investor pack in Chinese (PDF)…</source>
            <translation>中文投资者资料（PDF）…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="115" />
            <source>Investor pack in English (PDF)…</source>
            <translation>英文投资者资料（PDF）…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="116" />
            <source>Excel workbook…</source>
            <translation>Excel 工作簿…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="117" />
            <source>Annual table (CSV)…</source>
            <translation>年度明细（CSV）…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="118" />
            <source>Chart as an image (PNG)…</source>
            <translation>图表图片（PNG）…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="119" />
            <source>&amp;Currency of exports</source>
            <translation>导出币种(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="120" />
            <source>Incentive &amp;package in exports</source>
            <translation>导出中的激励包(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="121" />
            <source>The firm's copy (without the region's side)</source>
            <translation>企业版（不含区域一方）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="123" />
            <source>The finance bureau's copy (with the fiscal cost and the region's return)</source>
            <translation>财政部门版（含财政成本和区域回报）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="125" />
            <source>Leave out the client's figures (results only)</source>
            <translation>略去客户数据（仅列示结果）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="151" />
            <source>Yuan (CNY)</source>
            <translation>人民币元（CNY）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="153" />
            <source>US dollars at {rate} CNY per USD</source>
            <translation>美元（按 1 美元 = {rate} 元人民币）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="199" />
            <source>An export is still running</source>
            <translation>仍有导出正在进行</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="237" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="238" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="239" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="240" />
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="248" />
            <location filename="../../explorer/ui/project/export_controller.py" line="268" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="260" />
            <source>Exporting {file}…</source>
            <translation>正在导出 {file}…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="260" />
            <location filename="../../explorer/ui/project/export_controller.py" line="264" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="263" />
            <source>Export progress</source>
            <translation>导出进度</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="266" />
            <source>Cancel the export</source>
            <translation>取消导出</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="296" />
            <source>Exported {file}</source>
            <translation>已导出 {file}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="303" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="304" />
            <source>{file} could not be written: {reason}</source>
            <translation>无法写入 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/export_controller.py" line="312" />
            <source>Export cancelled; nothing was written</source>
            <translation>已取消导出，未写入任何文件</translation>
        </message>
    </context>
    <context>
        <name>ExternalLink</name>
        <message>
            <location filename="../../explorer/ui/widgets/external_link.py" line="27" />
            <location filename="../../explorer/ui/widgets/external_link.py" line="29" />
            <source>Open a web page</source>
            <translation>打开网页</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/external_link.py" line="32" />
            <source>Open this address in your web browser?

{address}

This needs an internet connection.</source>
            <translation>在浏览器中打开以下网址？

{address}

需要连接互联网。</translation>
        </message>
    </context>
    <context>
        <name>FactAnswer</name>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="45" />
            <source>Answer:</source>
            <translation>回答：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="60" />
            <source>Not known</source>
            <translation>不清楚</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="60" />
            <source>{fact}: not known</source>
            <translation>{fact}：不清楚</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="62" />
            <source>Leave the answer out: the policy's condition is unknown again</source>
            <translation>撤回回答：该政策条件重新变为未知</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="66" />
            <source>Answer for {fact}</source>
            <translation>回答：{fact}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="85" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="85" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="86" />
            <source>{fact}: {answer}</source>
            <translation>{fact}：{answer}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="99" />
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="131" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/fact_answer.py" line="131" />
            <source>Apply the answer for {fact}</source>
            <translation>采用{fact}的回答</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="63" />
            <source>High-tech enterprise</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="69" />
            <source>Income share from encouraged industries</source>
            <translation>鼓励类产业收入占比</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="73" />
            <source>Domestic-chip share</source>
            <translation>国产芯片占比</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="75" />
            <source>Move date</source>
            <translation>迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/client_data.py" line="76" />
            <source>Origin</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="32" />
            <source>Fixed-asset investment</source>
            <translation>固定资产投资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="35" />
            <source>Taxable profit at the destination</source>
            <translation>目的地应纳税所得额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="37" />
            <source>Loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="39" />
            <source>Investment in a qualifying project</source>
            <translation>合格项目投资额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="42" />
            <source>Energy-retrofit investment</source>
            <translation>节能改造投资额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="45" />
            <source>R&amp;D budget of a talent-led project</source>
            <translation>人才项目研发预算</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="48" />
            <source>Staff qualifying for talent subsidies</source>
            <translation>符合人才补贴的员工</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="51" />
            <source>Latency budget</source>
            <translation>时延预算</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="56" />
            <source>Accelerators</source>
            <translation>加速卡数量</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="57" />
            <source>Power per accelerator</source>
            <translation>单卡功耗</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="58" />
            <source>IT load</source>
            <translation>IT负载</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="59" />
            <source>Rack density</source>
            <translation>单机柜功率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="60" />
            <source>Bandwidth</source>
            <translation>带宽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="62" />
            <source>Bandwidth per 100 kW of IT</source>
            <translation>每100kW带宽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="64" />
            <source>Operations staff per site</source>
            <translation>每个站点运维人员</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="66" />
            <source>Accelerator utilisation</source>
            <translation>加速卡利用率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="68" />
            <source>Compute-service margin</source>
            <translation>算力服务加价率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="69" />
            <source>Facility life</source>
            <translation>设施寿命</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="71" />
            <source>Facility maintenance</source>
            <translation>设施维护费率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="74" />
            <source>Remaining life of the origin facility</source>
            <translation>原址设施剩余寿命</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="76" />
            <source>Build period</source>
            <translation>建设期</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="78" />
            <source>Sale of the origin facility</source>
            <translation>原址设施出售回收比例</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="84" />
            <source>Electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="86" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="88" />
            <source>Rack rent</source>
            <translation>机柜租金</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="91" />
            <source>Bandwidth price</source>
            <translation>带宽价格</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="93" />
            <source>Wage</source>
            <translation>工资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="95" />
            <source>Social-insurance on-cost</source>
            <translation>社保公积金</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="98" />
            <source>Grid emission factor</source>
            <translation>电网排放因子</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="101" />
            <source>Green power share</source>
            <translation>绿电比例</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="103" />
            <source>Build cost</source>
            <translation>建设成本</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="105" />
            <source>Reference rack power of the rent</source>
            <translation>租金对应的标准机柜功率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="107" />
            <source>Operations staff</source>
            <translation>运维人员</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="110" />
            <source>Latency</source>
            <translation>时延</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="114" />
            <source>Hardware move per rack</source>
            <translation>每机柜搬迁费</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="116" />
            <source>Data to migrate</source>
            <translation>迁移数据量</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="117" />
            <source>Migration cost per TB</source>
            <translation>每TB迁移费</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="118" />
            <source>Downtime</source>
            <translation>停机天数</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="120" />
            <source>Cost of a day of downtime</source>
            <translation>每天停机损失</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="123" />
            <source>Hiring and training per person</source>
            <translation>每人招聘培训费</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="126" />
            <source>Early exit from the origin lease</source>
            <translation>原址提前解约费</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="128" />
            <source>Parallel running</source>
            <translation>并行运行月数</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="129" />
            <source>Other one-off costs</source>
            <translation>其他一次性费用</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="133" />
            <source>Discount rate</source>
            <translation>折现率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="135" />
            <source>Electricity price escalation</source>
            <translation>电价年涨幅</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="137" />
            <source>Wage escalation</source>
            <translation>工资年涨幅</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="139" />
            <source>Exchange rate</source>
            <translation>汇率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="143" />
            <source>Realisation</source>
            <translation>兑现率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="145" />
            <source>Guaranteed electricity price</source>
            <translation>保障电价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/fields.py" line="148" />
            <source>Additional incentive per year</source>
            <translation>额外年度激励</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="64" />
            <source>{site}: {label}</source>
            <translation>{site}：{label}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="65" />
            <source>{policy}: realisation</source>
            <translation>{policy}：兑现率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/model.py" line="66" />
            <source>{policy}: guaranteed electricity price</source>
            <translation>{policy}：保障电价</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="61" />
            <source>Energy</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="62" />
            <source>Space</source>
            <translation>机柜空间</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="63" />
            <source>Compute service</source>
            <translation>算力服务</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="64" />
            <source>Network</source>
            <translation>网络带宽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="65" />
            <source>Labour</source>
            <translation>人力</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="66" />
            <source>Charges</source>
            <translation>附加费</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="67" />
            <source>Operating cost</source>
            <translation>运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="68" />
            <source>Investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="69" />
            <location filename="../../explorer/domain/figures.py" line="208" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="70" />
            <location filename="../../explorer/domain/figures.py" line="209" />
            <source>Tax relief</source>
            <translation>税收减免</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="71" />
            <source>Net cost</source>
            <translation>净成本</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="79" />
            <source>{amount} yuan</source>
            <translation>{amount}元</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="94" />
            <source>{amount} kWh</source>
            <translation>{amount}千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="99" />
            <source>{tonnes} a year</source>
            <translation>每年{tonnes}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="161" />
            <source>US${value}/card-hour</source>
            <translation>每卡时{value}美元</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="162" />
            <source>US${value} per accelerator-hour</source>
            <translation>每卡时{value}美元</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="163" />
            <source>{value} yuan/card-hour</source>
            <translation>每卡时{value}元</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="164" />
            <source>{value} yuan per accelerator-hour</source>
            <translation>每卡时{value}元</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figures.py" line="204" />
            <source>Saving in year 1</source>
            <translation>第 1 年节省</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figures.py" line="205" />
            <source>Net present value</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figures.py" line="206" />
            <source>Internal rate of return</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figures.py" line="207" />
            <source>Payback</source>
            <translation>投资回收期</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figures.py" line="210" />
            <source>One-off costs of the move</source>
            <translation>一次性迁移费用</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figures.py" line="211" />
            <source>CO₂ avoided</source>
            <translation>二氧化碳减排</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figures.py" line="212" />
            <source>Cost per accelerator-hour</source>
            <translation>每卡时成本</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="169" />
            <source>Annual saving</source>
            <translation>年度节省</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="170" />
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_style.py" line="171" />
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="11" />
            <source>{label} {amount}</source>
            <translation>{label}{amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="12" />
            <source>{site}: {parts} = {total}</source>
            <translation>{site}：{parts} = {total}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="13" />
            <source>CF{year} = {amount}</source>
            <translation>CF{year} = {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="14" />
            <source>year 1, {origin} → {destination}, before incentives</source>
            <translation>第 1 年，{origin} → {destination}，未计激励</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="15" />
            <source>Saving in year 1 = operating cost at the origin − operating cost in {destination}.</source>
            <translation>第1年节省 = 原址运营成本 − {destination}运营成本。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="18" />
            <source>Energy = IT load × PUE × 8,760 h × electricity price. {origin}: {e_o} a year; {destination}: {e_d} a year.</source>
            <translation>电费 = IT负载 × PUE × 8,760小时 × 电价。{origin}：每年{e_o}；{destination}：每年{e_d}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="22" />
            <source>{years} years at a {rate} discount rate</source>
            <translation>{years} 年，折现率 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="23" />
            <source>NPV = Σ CF_t / (1 + r)^t for t = 0 … {years}, with r = {rate}.</source>
            <translation>净现值 NPV = Σ CF_t / (1 + r)^t，t = 0 … {years}，r = {rate}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="24" />
            <source>CF_0 = − one-off costs ({one_off}) − the new build (self-build) + incentives paid at the move; CF_t = saving + investment avoided + incentives + tax relief; CF_1 also carries the parallel running ({parallel}).</source>
            <translation>CF_0 = −一次性费用（{one_off}）− 新建投资（自建）+ 迁移时支付的激励；CF_t = 节省 + 免去的投资 + 激励 + 税收减免；CF_1另含并行运行费用（{parallel}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="30" />
            <source>against a {rate} discount rate</source>
            <translation>折现率 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="31" />
            <source>several</source>
            <translation>多个</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="32" />
            <source>undefined</source>
            <translation>无定义</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="33" />
            <source>The rate at which NPV = 0.</source>
            <translation>使净现值为 0 的折现率。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="34" />
            <source>Undefined: the cash flows never change sign, so no rate makes NPV = 0.</source>
            <translation>无定义：现金流始终同号，没有任何折现率能使净现值为 0。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="37" />
            <source>Undefined: the cash flows change sign, yet no rate above −100% makes NPV = 0.</source>
            <translation>无定义：现金流虽有正负变化，但在 −100% 以上没有使净现值为 0 的折现率。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="40" />
            <source>Several rates make NPV = 0: {rates}. None of them is the IRR.</source>
            <translation>有多个折现率使净现值为 0：{rates}，均不能作为内部收益率。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="41" />
            <source>immediate</source>
            <translation>立即回收</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="42" />
            <source>not within {years} years</source>
            <translation>{years} 年内无法回收</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="43" />
            <source>cumulative cash flow back to zero</source>
            <translation>累计现金流回正</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="44" />
            <source>Payback = the first time the cumulative (undiscounted) cash flow reaches zero, linear within the year.</source>
            <translation>投资回收期 = 累计（未折现）现金流首次回到零的时间，年内按线性计算。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="48" />
            <source>Cumulative cash flow by year: {flows}</source>
            <translation>各年累计现金流：{flows}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="49" />
            <location filename="../../explorer/domain/figure_texts.py" line="62" />
            <source>over {years} years, at the destination less at the origin</source>
            <translation>{years} 年合计（目的地减迁出地）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="50" />
            <source>Incentives = Σ over eligible chosen policies of benefit × realisation, shifted by payout lag, within caps and stacking groups (year by year), at the destination less the same at the origin.</source>
            <translation>激励 = 所选且符合条件政策的收益 × 兑现率之和，按兑付滞后顺延，受上限和叠加组（逐年）约束，以目的地减去原址的同类激励。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="55" />
            <source>• {policy} {title}: {amount}</source>
            <translation>• {policy} {title}：{amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="56" />
            <source>• Extra incentive (what-if): {amount}</source>
            <translation>• 额外激励（假设）：{amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="57" />
            <source>Extra (what-if)</source>
            <translation>额外激励（假设）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="58" />
            <source>No chosen policy pays anything in this case.</source>
            <translation>所选政策在本方案中均无收益。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="59" />
            <source>Profit-based benefits (tax relief) are counted apart, never as operating cost: {amount}.</source>
            <translation>基于利润的优惠（税收减免）单独计算，不计入运营成本：{amount}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="63" />
            <source>Tax relief = taxable profit × (25% − the preferential rate), at the destination less the same at the origin: a rate the firm has at both ends does not favour the move.</source>
            <translation>税收减免 = 应纳税所得额 ×（25% − 优惠税率），以目的地减去原址：企业在两地都享有的税率不构成迁移收益。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="68" />
            <source>{one_off} in year 0 and {parallel} of parallel running in year 1</source>
            <translation>第 0 年 {one_off}，第 1 年并行运行 {parallel}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="71" />
            <source>One-off costs = hardware move per rack × racks + data × cost per TB + downtime + hiring at the new site + early exit + other; parallel running = the origin's year-1 operating cost × months / 12; less the sale of the origin facility (self-build).</source>
            <translation>一次性费用 = 每机柜搬迁费 × 机柜数 + 数据量 × 每TB迁移费 + 停机损失 + 新址招聘 + 提前解约 + 其他；并行运行 = 原址第1年运营成本 × 月数 / 12；减去原址设施出售所得（自建）。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="77" />
            <source>One-off: {one_off}; parallel running: {parallel}; sale of the origin facility: {salvage}.</source>
            <translation>一次性费用：{one_off}；并行运行：{parallel}；原址设施出售：{salvage}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="80" />
            <source>{origin}: {o}; {destination}: {d}</source>
            <translation>{origin}：{o}；{destination}：{d}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="81" />
            <source>CO₂ = facility energy (MWh) × grid emission factor × (1 − green share).</source>
            <translation>二氧化碳 = 设施用电量（兆瓦时）× 电网排放因子 ×（1 − 绿电比例）。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="84" />
            <source>no accelerators in this workload</source>
            <translation>该工作负载不含加速卡</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="85" />
            <source>{origin}: {o}; after incentives in {destination}: {net}</source>
            <translation>{origin}：{o}；{destination}计激励后：{net}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="86" />
            <source>{origin}: {o}; after incentives {net}</source>
            <translation>{origin}：{o}；激励后{net}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="87" />
            <source>Unit cost = operating cost in year 1 / (accelerators × 8,760 h × utilisation). After incentives: less the year-1 incentives that lower a cost line (electricity, rent, compute vouchers), never below zero; tax relief and grants are not in it.</source>
            <translation>单位成本 = 第1年运营成本 /（加速卡数量 × 8,760小时 × 利用率）。激励后：减去第1年降低成本项的激励（电价、租金、算力券），不低于零；不含税收减免和奖励资金。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="93" />
            <source>• {site}: {gross}; after incentives {net}</source>
            <translation>• {site}：{gross}；激励后{net}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="94" />
            <source>{site} (net)</source>
            <translation>{site}（净额）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="96" />
            <source>the energy cost</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="97" />
            <source>the space cost</source>
            <translation>空间成本</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="98" />
            <source>the compute-service spend</source>
            <translation>算力服务支出</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="100" />
            <source>Check the assumptions: an IRR above 100%. The one-off costs of the move ({outlay}) are {share} of one year's saving ({saving}).</source>
            <translation>请核对假设：内部收益率超过100%。迁移一次性费用（{outlay}）仅为一年节省（{saving}）的{share}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="105" />
            <source>Check the assumptions: payback within 3 months. The one-off costs of the move ({outlay}) are {share} of one year's saving ({saving}).</source>
            <translation>请核对假设：回收期不足3个月。迁移一次性费用（{outlay}）仅为一年节省（{saving}）的{share}。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="110" />
            <source>Check the assumptions: the net cost after the move is below zero ({net} in year 1): the incentives exceed the whole operating cost.</source>
            <translation>请核对假设：迁移后的净成本低于零（第1年{net}）：激励超过了全部运营成本。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="115" />
            <source>Check the assumptions: policy {policy} pays {benefit} in year {year}, more than {line} it reduces ({cost}).</source>
            <translation>请核对假设：政策{policy}在第{year}年支付{benefit}，超过其所抵减的{line}（{cost}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/figure_texts.py" line="119" />
            <source>Check the assumptions: the incentives that lower cost lines cover the whole operating cost, so the unit cost after incentives is shown as zero.</source>
            <translation>请核对假设：降低成本项的激励覆盖了全部运营成本，因此激励后的单位成本显示为零。</translation>
        </message>
    </context>
    <context>
        <name>FrontierChart</name>
        <message>
            <location filename="../../explorer/ui/package/frontier_chart.py" line="65" />
            <source>Frontier: the region's fiscal cost against the firm's NPV</source>
            <translation>前沿：区域财政成本与企业净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/frontier_chart.py" line="67" />
            <source>Fiscal cost (present value)</source>
            <translation>财政成本（现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/frontier_chart.py" line="68" />
            <source>Firm's NPV</source>
            <translation>企业净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/frontier_chart.py" line="70" />
            <source>Cheapest path (best value items first)</source>
            <translation>最省路径（性价比高的项目优先）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/frontier_chart.py" line="71" />
            <source>This package</source>
            <translation>本激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/frontier_chart.py" line="72" />
            <source>No package</source>
            <translation>无激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/frontier_chart.py" line="112" />
            <source>This package: fiscal cost {cost}, firm's NPV {npv}</source>
            <translation>本激励包：财政成本 {cost}，企业净现值 {npv}</translation>
        </message>
    </context>
    <context>
        <name>GoalSeekDialog</name>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="223" />
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="224" />
            <source>Goal seek</source>
            <translation>目标求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="225" />
            <source>Common questions:</source>
            <translation>常见问题：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="229" />
            <source>Break-even electricity price in {site}</source>
            <translation>{site}盈亏平衡电价</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="230" />
            <source>The electricity price at the destination at which the NPV reaches the target.</source>
            <translation>使净现值达到目标值的迁入地电价。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="233" />
            <source>Incentive needed</source>
            <translation>所需激励</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="235" />
            <source>The additional incentive a year at which the NPV reaches the target. Negative: the case clears the target without it, by that much a year.</source>
            <translation>使净现值达到目标值所需的每年额外激励。为负值时表示无需额外激励即可达到目标，且每年还有该金额的余量。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="240" />
            <source>Largest migration cost</source>
            <translation>最高可承受迁移成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="242" />
            <source>The largest other one-off cost, on top of the one-off costs already entered, at which the NPV still reaches the target.</source>
            <translation>在已录入的一次性费用之外，净现值仍能达到目标值时可承受的最大其他一次性费用。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="251" />
            <source>Solve for</source>
            <translation>求解变量</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="252" />
            <source>Input to solve for</source>
            <translation>要求解的输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="253" />
            <source>Search the inputs</source>
            <translation>搜索输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="254" />
            <source>Type to search the inputs</source>
            <translation>输入文字以搜索输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="255" />
            <source>Current value</source>
            <translation>当前值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="256" />
            <source>Target NPV</source>
            <translation>目标净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="257" />
            <source>Target NPV in yuan</source>
            <translation>目标净现值（元）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="258" />
            <source> yuan</source>
            <translation> 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="259" />
            <source>Search range</source>
            <translation>搜索范围</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="260" />
            <source>Limit to</source>
            <translation>限定为</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="261" />
            <source>Limit the search range</source>
            <translation>限定搜索范围</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="263" />
            <source>Without a limit the whole allowed range of the input is searched.</source>
            <translation>不限定时，在该输入项的整个允许范围内搜索。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="265" />
            <source>Lowest value to search</source>
            <translation>搜索下限</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="266" />
            <source>Highest value to search</source>
            <translation>搜索上限</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="267" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="268" />
            <source>Solve</source>
            <translation>求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="269" />
            <source>Solve for the target NPV</source>
            <translation>按目标净现值求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="270" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="271" />
            <source>Apply the answer to the scenario</source>
            <translation>将求解结果应用到方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="272" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="273" />
            <source>Close goal seek</source>
            <translation>关闭目标求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="370" />
            <source>This case has no such input.</source>
            <translation>本方案没有该输入项。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="349" />
            <source>The scenario did not accept this value.</source>
            <translation>方案未接受该数值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="488" />
            <source>Site: {site}</source>
            <translation>地区：{site}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="490" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="491" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="492" />
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="493" />
            <source>One-off relocation costs</source>
            <translation>一次性迁移费用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="494" />
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="495" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="497" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="523" />
            <source>{amount} a year</source>
            <translation>每年 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="537" />
            <source>The NPV now: {npv}</source>
            <translation>当前净现值：{npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="566" />
            <source>Cannot solve</source>
            <translation>无法求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="571" />
            <source>Choose an input and a target, then press Solve.</source>
            <translation>请选择输入项和目标值，然后点击“求解”。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="579" />
            <source>{input} for an NPV of {target}:</source>
            <translation>净现值为 {target} 时的{input}：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="585" />
            <source>Current value: {value}</source>
            <translation>当前值：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="586" />
            <source>NPV at the answer: {npv}</source>
            <translation>求解值下的净现值：{npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="589" />
            <source>Searched from {low} to {high}.</source>
            <translation>搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="596" />
            <source>Negative: the case reaches the target without any additional incentive, and would still reach it with {amount} a year less.</source>
            <translation>为负值：无需任何额外激励即可达到目标，即使每年减少 {amount} 仍能达到。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="604" />
            <source>Caution: the NPV jumps at this value (a step, such as one more rack or a policy threshold), so it cannot equal the target exactly. On one side of this value the NPV is above the target, on the other below.</source>
            <translation>注意：净现值在该值处跳变（阶跃，例如多一个机柜或达到政策门槛），无法恰好等于目标值。在该值一侧净现值高于目标，另一侧低于目标。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="610" />
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="627" />
            <source>No solution in range</source>
            <translation>范围内无解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="619" />
            <source>NPV at {low}: {npv_low}
NPV at {high}: {npv_high}</source>
            <translation>{low} 时的净现值：{npv_low}
{high} 时的净现值：{npv_high}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="631" />
            <source>The NPV does not reach {target} anywhere from {low} to {high}.
NPV at {low}: {npv_low}
NPV at {high}: {npv_high}</source>
            <translation>在 {low} 至 {high} 范围内，净现值均达不到 {target}。
{low} 时的净现值：{npv_low}
{high} 时的净现值：{npv_high}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="642" />
            <source>Inputs changed since this answer: solve again.</source>
            <translation>求解后输入已变化：请重新求解。</translation>
        </message>
    </context>
    <context>
        <name>HistogramChart</name>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="124" />
            <source>Samples by NPV</source>
            <translation>样本的净现值分布</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="125" />
            <source>P10 / P50 / P90</source>
            <translation>P10 / P50 / P90</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="126" />
            <source>Break-even (NPV = 0)</source>
            <translation>盈亏平衡（净现值 = 0）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="129" />
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="130" />
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="132" />
            <source>Histogram of NPV over the Monte Carlo samples</source>
            <translation>蒙特卡洛模拟样本的净现值直方图</translation>
        </message>
    </context>
    <context>
        <name>InputPanel</name>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="131" />
            <source>Show or hide: {group}</source>
            <translation>展开或收起：{group}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="133" />
            <source>Workload template</source>
            <translation>工作负载模板</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="134" />
            <source>Operating mode</source>
            <translation>运营模式</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="135" />
            <source>Origin region</source>
            <translation>迁出地区</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="136" />
            <source>Horizon in years</source>
            <translation>测算年限（年）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="137" />
            <location filename="../../explorer/ui/calculator/input_panel.py" line="204" />
            <source>Move date</source>
            <translation>迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="138" />
            <source>Certified high-tech enterprise</source>
            <translation>已认定高新技术企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="139" />
            <location filename="../../explorer/ui/calculator/input_panel.py" line="206" />
            <source>Registered in Gui'an</source>
            <translation>在贵安注册</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="140" />
            <source>Source of the selected input</source>
            <translation>所选输入的数据来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="141" />
            <source>Click an input to see where its value comes from.</source>
            <translation>点击任一输入，查看其数值来源。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="200" />
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="201" />
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="202" />
            <source>Moving from</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="203" />
            <source>Horizon (years)</source>
            <translation>测算年限（年）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="205" />
            <source>High-tech enterprise</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="211" />
            <source>Firm profile</source>
            <translation>企业概况</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="212" />
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="213" />
            <source>Sites compared</source>
            <translation>对比地区</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="214" />
            <source>One-off relocation costs</source>
            <translation>一次性迁移费用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="215" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="216" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="219" />
            <source>Site: {name}</source>
            <translation>地区：{name}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="232" />
            <source>Realisation</source>
            <translation>兑现率</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="381" />
            <source>Colocation (rent racks)</source>
            <translation>托管（租用机柜）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="382" />
            <source>Self-build</source>
            <translation>自建</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="383" />
            <source>Compute service</source>
            <translation>算力服务</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="388" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="388" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="388" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="395" />
            <location filename="../../explorer/ui/calculator/input_panel.py" line="396" />
            <source>Compare with {site}</source>
            <translation>与{site}对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="401" />
            <location filename="../../explorer/ui/calculator/input_panel.py" line="402" />
            <source>Users in {region}</source>
            <translation>用户在{region}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="488" />
            <source>{input}: {problem}</source>
            <translation>{input}：{problem}</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="129" />
            <source>Include: {item}</source>
            <translation>纳入：{item}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="130" />
            <source>{item}: figure</source>
            <translation>{item}：数值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="131" />
            <source>{item}: years</source>
            <translation>{item}：年限</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="132" />
            <source>{item}: cap</source>
            <translation>{item}：上限</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="134" />
            <source> yrs</source>
            <translation> 年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="135" />
            <source>no cap</source>
            <translation>不设上限</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="136" />
            <location filename="../../explorer/ui/package/item_rows.py" line="193" />
            <source>cap </source>
            <translation>上限 </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="137" />
            <location filename="../../explorer/ui/package/item_rows.py" line="167" />
            <source> yuan/yr</source>
            <translation> 元/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="137" />
            <location filename="../../explorer/ui/package/item_rows.py" line="151" />
            <location filename="../../explorer/ui/package/item_rows.py" line="167" />
            <source> yuan</source>
            <translation> 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="144" />
            <source> yuan/kWh</source>
            <translation> 元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="148" />
            <location filename="../../explorer/ui/package/item_rows.py" line="162" />
            <source> pts</source>
            <translation> 个百分点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="150" />
            <location filename="../../explorer/ui/package/item_rows.py" line="168" />
            <source> yuan/person/yr</source>
            <translation> 元/人/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="155" />
            <source>No ceiling in the data pack</source>
            <translation>数据包中无上限</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="160" />
            <source>power bill cut ≤ {value} %</source>
            <translation>电费减免 ≤ {value}%</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="163" />
            <source>rate ≤ {value}{unit}</source>
            <translation>比例 ≤ {value}{unit}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="165" />
            <source>≤ {value} years</source>
            <translation>≤ {value} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="170" />
            <source>≤ {value}{unit}</source>
            <translation>≤ {value}{unit}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="172" />
            <source>Ceiling: {limits}</source>
            <translation>上限：{limits}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="172" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/item_rows.py" line="174" />
            <source> (from {policies})</source>
            <translation>（依据 {policies}）</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="48" />
            <source>set in this scenario</source>
            <translation>本方案设定</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="60" />
            <source>set in this scenario; data pack: {source}</source>
            <translation>本方案设定；数据包：{source}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="82" />
            <source>Inputs and their sources:</source>
            <translation>输入及其来源：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="166" />
            <source>Latency</source>
            <translation>网络时延</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="162" />
            <source>no user regions</source>
            <translation>未选用户区域</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="163" />
            <source>choose where the firm's users are</source>
            <translation>请选择企业用户所在区域</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="132" />
            <source>Round-trip latency from {destination} to each user region, against the latency budget ({budget}). OK: even the high estimate is within it; marginal: only the central value is.</source>
            <translation>{destination}到各用户区域的往返时延，与时延预算（{budget}）对比。满足：高估值也在预算内；临界：仅中值在预算内。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="59" />
            <source>{region}: {kind} {value} ms ({verdict})</source>
            <translation>{region}：{kind} {value} 毫秒（{verdict}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="72" />
            <source>{kind} {value} ms</source>
            <translation>{kind}{value} 毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="77" />
            <source>• {region}: {value} ms. Source: {source}, {as_of} ({confidence})</source>
            <translation>• {region}：{value} 毫秒。来源：{source}，{as_of}（{confidence}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="90" />
            <location filename="../../explorer/ui/calculator/latency_card.py" line="97" />
            <source>{first}; {second}</source>
            <translation>{first}；{second}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="115" />
            <source>{estimate} [range {low}–{high} ms]</source>
            <translation>{estimate}［范围 {low}–{high} 毫秒］</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="123" />
            <source>{kind}, {region}: {source}</source>
            <translation>{kind}，{region}：{source}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="137" />
            <source>{value} ms</source>
            <translation>{value} 毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="145" />
            <source>Official claims (one-way) for {destination}, from the data pack's hub facts; shown beside the estimate, not used in the verdict:</source>
            <translation>{destination}的官方说法（单向），取自数据包的枢纽事实；列于估算旁供对照，不用于结论：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/latency_card.py" line="153" />
            <source>The data pack holds no official claim (one-way) for {destination} and these regions.</source>
            <translation>数据包中没有{destination}至这些区域的官方说法（单向）。</translation>
        </message>
    </context>
    <context>
        <name>LatencyWords</name>
        <message>
            <location filename="../../explorer/domain/latency.py" line="35" />
            <source>round-trip estimate</source>
            <translation>往返估算</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/latency.py" line="36" />
            <source>official claim (one-way)</source>
            <translation>官方说法（单向）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/latency.py" line="41" />
            <source>OK</source>
            <translation>满足</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/latency.py" line="42" />
            <source>marginal</source>
            <translation>临界</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/latency.py" line="43" />
            <source>too slow</source>
            <translation>过慢</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/latency.py" line="44" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/latency.py" line="48" />
            <source>Round-trip estimate: the data pack's estimate of the time there and back between the site and the users' region; the latency budget is judged on it. Official claim (one-way): a figure as published for the hub, often one-way from its network gateway; shown for comparison with its source, not used in the verdict.</source>
            <translation>往返估算：数据包对该地区与用户所在区域之间往返时间的估算，时延预算据此判断。官方说法（单向）：枢纽公布的数字，通常为自其网络网关起的单向时延；仅注明来源以供对照，不用于结论。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="228" />
            <source>Gui'an Compute Explorer</source>
            <translation>贵安算力探索器</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="229" />
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="230" />
            <source>Policies</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="231" />
            <source>Calculator</source>
            <translation>测算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="232" />
            <source>Compare</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="233" />
            <source>Package</source>
            <translation>激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="234" />
            <source>Main sections</source>
            <translation>主要栏目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="235" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="236" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="237" />
            <source>Open a &amp;demo firm</source>
            <translation>打开示例企业(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="242" />
            <source>&amp;Import data pack…</source>
            <translation>导入数据包(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="243" />
            <source>&amp;Revert to the shipped data</source>
            <translation>恢复为随附数据(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="244" />
            <source>&amp;Case</source>
            <translation>方案(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="245" />
            <source>&amp;Goal seek…</source>
            <translation>目标求解(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="246" />
            <source>What we still &amp;need from the client…</source>
            <translation>还需客户提供的信息(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="247" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="248" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="249" />
            <source>&amp;Presenter</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="250" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="251" />
            <source>&amp;Currency</source>
            <translation>货币(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="252" />
            <source>Chinese yuan (CNY)</source>
            <translation>人民币（CNY）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="253" />
            <source>US dollar (USD), at the scenario's exchange rate</source>
            <translation>美元（USD），按方案汇率折算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="254" />
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="255" />
            <source>Data pack version</source>
            <translation>数据包版本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="392" />
            <source>{app} {version}

Relocation cases and incentive policies for Gui'an New Area, Guizhou.

Data pack {pack_version}, as of {as_of}.
Sources: Guizhou provincial and Gui'an government documents, national policy documents (NDRC, MOF, STA, MIIT), statistics bureaus and the press, each named beside the figure it supports. Figures marked as estimates are ours.

Results are estimates, not quotes.</source>
            <translation>{app} {version}

面向贵州贵安新区的算力迁移测算与激励政策查询工具。

数据包 {pack_version}，数据截至 {as_of}。
数据来源：贵州省及贵安新区政府文件、国家政策文件（国家发展改革委、财政部、国家税务总局、工业和信息化部）、统计部门及新闻媒体，每个数字旁均注明出处。标注为“估算”的数字由我们推算。

测算结果为估算，不构成报价。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="409" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="410" />
            <source>About {app}</source>
            <translation>关于 {app}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="425" />
            <source>The imported data pack is invalid ({count} problem(s)): the shipped data is in use. Import a corrected pack, or revert to the shipped data.</source>
            <translation>导入的数据包无效（共 {count} 个问题）：当前使用随附数据。请导入修正后的数据包，或恢复为随附数据。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="434" />
            <source>Data pack {version} · as of {as_of}</source>
            <translation>数据包 {version} · 截至 {as_of}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="439" />
            <source>⚠ Imported pack refused</source>
            <translation>⚠ 导入的数据包未通过校验</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="449" />
            <source>USD at {rate} CNY per USD</source>
            <translation>美元按 1 美元 = {rate} 元折算</translation>
        </message>
    </context>
    <context>
        <name>ModeWords</name>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="62" />
            <source>colocation</source>
            <translation>机柜托管</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="63" />
            <source>self-build</source>
            <translation>自建</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/scenario.py" line="64" />
            <source>compute service</source>
            <translation>算力服务</translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="244" />
            <source>East Data, West Computing: 8 hubs, 10 clusters</source>
            <translation>东数西算：8个枢纽节点，10个数据中心集群</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="251" />
            <source>Schematic: approximate relative positions, no boundaries.</source>
            <translation>示意图：位置为大致相对位置，不绘制任何边界。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="254" />
            <source>Blue: eastern hubs; green: western hubs; squares: where firms move from.</source>
            <translation>蓝色：东部枢纽；绿色：西部枢纽；方块：企业迁出地。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="255" />
            <source>Click a site to open it in the Calculator.</source>
            <translation>点击站点即在测算中打开。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="261" />
            <source>Diagram of the national computing network</source>
            <translation>全国算力网络示意图</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="311" />
            <source>National hub node (eastern)</source>
            <translation>国家算力枢纽节点（东部）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="313" />
            <source>National hub node (western)</source>
            <translation>国家算力枢纽节点（西部）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="316" />
            <source>Clusters: {names}</source>
            <translation>数据中心集群：{names}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="329" />
            <source>Click: open in the Calculator as the destination</source>
            <translation>点击：在测算中作为迁入地打开</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="330" />
            <source>Click: open in the Calculator as a comparator</source>
            <translation>点击：在测算中作为对比站点打开</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="331" />
            <source>Click: open in the Calculator as the firm's origin</source>
            <translation>点击：在测算中作为企业迁出地打开</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="335" />
            <source>National data-centre cluster (no figures in the data pack)</source>
            <translation>国家数据中心集群（数据包中无该地数据）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="343" />
            <location filename="../../explorer/ui/overview/network_diagram.py" line="349" />
            <source>{ms} ms {kind}</source>
            <translation>{ms}毫秒 {kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/network_diagram.py" line="359" />
            <source>Gui'an to {region}</source>
            <translation>贵安至{region}</translation>
        </message>
    </context>
    <context>
        <name>Package</name>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="23" />
            <source>Lower electricity price</source>
            <translation>优惠电价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="24" />
            <source>Rent subsidy</source>
            <translation>租金补贴</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="25" />
            <source>Compute-voucher subsidy</source>
            <translation>算力券补贴</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="26" />
            <source>Settlement grant</source>
            <translation>落户奖励</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="27" />
            <source>Talent subsidy</source>
            <translation>人才补贴</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="28" />
            <source>Interest subsidy</source>
            <translation>贴息</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="29" />
            <source>Capex subsidy</source>
            <translation>固定资产投资补贴</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="33" />
            <source>price guaranteed</source>
            <translation>保障电价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="34" />
            <source>share of the rack rent</source>
            <translation>机柜租金的比例</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="35" />
            <source>share of compute-service spend</source>
            <translation>算力服务支出的比例</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="36" />
            <source>amount at the move</source>
            <translation>迁入时一次性金额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="37" />
            <source>per staff member a year</source>
            <translation>每名员工每年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="38" />
            <source>rate points on the loan</source>
            <translation>贷款贴息百分点</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="39" />
            <source>share of the fixed-asset investment</source>
            <translation>固定资产投资的比例</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="91" />
            <source>the firm's NPV at least {value}</source>
            <translation>企业净现值不低于 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="92" />
            <source>payback within {value} months</source>
            <translation>回收期不超过 {value} 个月</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_items.py" line="93" />
            <source>beats the best alternative hub by {value}</source>
            <translation>比最佳备选枢纽高出 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_ceilings.py" line="50" />
            <source>{item}: {limit} {value} {unit} is above the ceiling of {ceiling} {unit} ({source})</source>
            <translation>{item}：{limit} {value} {unit} 超过上限 {ceiling} {unit}（{source}）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_ceilings.py" line="54" />
            <source>cut in the power bill</source>
            <translation>电费减免比例</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_ceilings.py" line="55" />
            <source>rate</source>
            <translation>比例</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_ceilings.py" line="56" />
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_ceilings.py" line="57" />
            <source>yearly cap</source>
            <translation>年度上限</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_ceilings.py" line="58" />
            <source>term</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="31" />
            <source>Electricity sold</source>
            <translation>售电收入</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="32" />
            <source>Local wages</source>
            <translation>本地工资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="33" />
            <source>Local corporate income tax</source>
            <translation>本地企业所得税</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="34" />
            <source>Investment spent locally</source>
            <translation>本地投资支出</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_assessment.py" line="29" />
            <source>One-off costs</source>
            <translation>一次性费用</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="65" />
            <source>pays nothing in this mode ({mode}): there is no {line} to subsidise</source>
            <translation>在此模式（{mode}）下不产生支付：没有可补贴的{line}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="68" />
            <source>replaces a standard power-price policy of the same group (one price per kWh): the region's cost is only the difference</source>
            <translation>替代同组的标准电价政策（每千瓦时只有一个电价）：区域成本仅为差额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="73" />
            <source>adds nothing: a standard policy already gives the firm as much in every year</source>
            <translation>没有增量：标准政策每年已给予企业同等优惠</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="76" />
            <source>pays nothing: the firm profile gives no {basis}</source>
            <translation>不产生支付：企业资料中没有{basis}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="77" />
            <source>rack rent</source>
            <translation>机柜租金</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="78" />
            <source>compute-service spend</source>
            <translation>算力服务支出</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="79" />
            <source>loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_region.py" line="80" />
            <source>fixed-asset investment</source>
            <translation>固定资产投资</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/words.py" line="22" />
            <source>immediate</source>
            <translation>立即回收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/words.py" line="24" />
            <source>not within {years} years</source>
            <translation>{years} 年内无法回收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/words.py" line="34" />
            <source>several rates</source>
            <translation>多个解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/words.py" line="35" />
            <source>undefined</source>
            <translation>无定义</translation>
        </message>
    </context>
    <context>
        <name>PackageComparison</name>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="65" />
            <location filename="../../explorer/ui/compare/package_comparison.py" line="80" />
            <source>Proposed incentive packages</source>
            <translation>拟议激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="66" />
            <source>Columns of the package comparison</source>
            <translation>激励包比较的列</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="67" />
            <source>Rows of the package comparison</source>
            <translation>激励包比较的行</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="84" />
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="84" />
            <source>Items</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="84" />
            <source>Fiscal cost (PV)</source>
            <translation>财政成本（现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="84" />
            <source>Firm's NPV gain</source>
            <translation>企业净现值增加</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="85" />
            <source>Gain per yuan</source>
            <translation>每元收益</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="85" />
            <source>Best site for the firm</source>
            <translation>对企业最优的站点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/package_comparison.py" line="93" />
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>PackagePage</name>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="60" />
            <source>Items of the proposed package</source>
            <translation>拟议激励包的项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="62" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="62" />
            <source>Terms</source>
            <translation>条件</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="62" />
            <source>Worth to the firm (present value)</source>
            <translation>对企业的价值（现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="69" />
            <source>No package has been proposed for this firm yet. The Package tab designs one.</source>
            <translation>尚未为该企业拟定激励包，可在“激励包”页设计。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="77" />
            <source>{count} figure(s) above the ceilings the data pack records.</source>
            <translation>有 {count} 项数值超过数据包记录的上限。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="79" />
            <source>A proposal for negotiation, on top of the standard policies: not an offer.</source>
            <translation>供谈判的方案，叠加于标准政策之上，并非要约。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="108" />
            <source>no fiscal cost</source>
            <translation>无财政成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="110" />
            <source>{ratio} yuan</source>
            <translation>{ratio} 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="112" />
            <source>year {year}</source>
            <translation>第 {year} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="114" />
            <source>no cost to cover</source>
            <translation>无需覆盖的成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="116" />
            <source>not within {years} years</source>
            <translation>{years} 年内无法回收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="119" />
            <source>The firm's NPV with the package
without it: {npv}</source>
            <translation>有激励包时的企业净现值
无激励包：{npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="120" />
            <source>What the package adds to the firm's NPV</source>
            <translation>激励包为企业增加的净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="121" />
            <source>Fiscal cost of the package (present value at {rate})</source>
            <translation>激励包的财政成本（按 {rate} 折现）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="122" />
            <source>What the move brings the region (present value)</source>
            <translation>迁移给区域带来的回报（现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="123" />
            <source>Firm's gain per yuan of fiscal cost</source>
            <translation>每元财政成本带来的企业收益</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/package_page.py" line="124" />
            <source>The region's return covers the cost in</source>
            <translation>区域回报覆盖成本的时间</translation>
        </message>
    </context>
    <context>
        <name>PackageTab</name>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="278" />
            <source>Negotiated items, on top of the standard policies</source>
            <translation>协商项目（在标准政策之外）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="279" />
            <source>The region's assumptions (editable; defaults from the data pack)</source>
            <translation>区域假设（可修改；默认值来自数据包）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="280" />
            <source>The smallest package that works</source>
            <translation>满足目标的最小激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="281" />
            <source>The firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="282" />
            <source>The region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="283" />
            <source>The region, year by year</source>
            <translation>区域逐年情况</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="284" />
            <source>Against the best alternative</source>
            <translation>与最佳备选地比较</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="285" />
            <location filename="../../explorer/ui/package/package_tab.py" line="286" />
            <source>Public discount rate</source>
            <translation>公共贴现率</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="288" />
            <source>Return per yuan of power sold</source>
            <translation>每元售电的本地回报</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="289" />
            <source>Share of staff hired locally</source>
            <translation>本地招聘比例</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="290" />
            <source>Return per yuan of local wages</source>
            <translation>每元本地工资的回报</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="291" />
            <source>Local share of corporate income tax</source>
            <translation>企业所得税地方分成</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="292" />
            <source>Share of investment spent locally</source>
            <translation>本地投资比例</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="293" />
            <source>Return per yuan spent locally</source>
            <translation>每元本地投资的回报</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="298" />
            <source>Back to the data pack's assumptions</source>
            <translation>恢复数据包的假设</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="301" />
            <source>Firm's NPV at least (yuan)</source>
            <translation>企业净现值不低于（元）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="302" />
            <source>Payback within (months)</source>
            <translation>回收期不超过（月）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="303" />
            <source>Beat the best alternative hub by (yuan)</source>
            <translation>比最佳备选枢纽高出（元）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="309" />
            <location filename="../../explorer/ui/package/package_tab.py" line="312" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="310" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="311" />
            <location filename="../../explorer/ui/package/package_tab.py" line="314" />
            <source>Item to size</source>
            <translation>求解的项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="313" />
            <source>Target value</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="315" />
            <source>Smallest value of this item</source>
            <translation>求该项目的最小值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="317" />
            <source>Cheapest mix</source>
            <translation>最省组合</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="319" />
            <source>Use this package</source>
            <translation>采用此激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="328" />
            <source>Columns: {table}</source>
            <translation>列：{table}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="329" />
            <source>Rows: {table}</source>
            <translation>行：{table}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="384" />
            <location filename="../../explorer/ui/package/package_tab.py" line="416" />
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="384" />
            <location filename="../../explorer/ui/package/package_tab.py" line="416" />
            <source> yuan</source>
            <translation> 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="445" />
            <source>A proposal for negotiation, not an offer: items beyond the standard policies need the approval of the finance bureau. Figures are estimates from the data pack and the assumptions shown.</source>
            <translation>供协商的方案，并非承诺：标准政策以外的项目须经财政部门批准。数字为依据数据包和所示假设的估算。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="449" />
            <source>{count} figure(s) above the ceilings the data pack records.</source>
            <translation>有 {count} 项数值超过数据包记录的上限。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="458" />
            <source>Without package</source>
            <translation>无激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="458" />
            <source>With package</source>
            <translation>有激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="458" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="461" />
            <source>NPV of the move</source>
            <translation>迁移净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="463" />
            <source>Payback</source>
            <translation>投资回收期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="465" />
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="474" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="476" />
            <source>no fiscal cost</source>
            <translation>无财政成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="476" />
            <source>{ratio} yuan</source>
            <translation>{ratio} 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="480" />
            <source>no cost to cover</source>
            <translation>无需覆盖的成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="481" />
            <source>not within {years} years</source>
            <translation>{years} 年内无法回收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="484" />
            <source>year {year}</source>
            <translation>第 {year} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="486" />
            <source>Fiscal cost of the package (present value at {rate})</source>
            <translation>激励包的财政成本（按 {rate} 折现）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="488" />
            <source>What the move brings the region (present value)</source>
            <translation>迁移给区域带来的回报（现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="489" />
            <source>Firm's gain per yuan of fiscal cost</source>
            <translation>每元财政成本带来的企业收益</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="490" />
            <source>The region's return covers the cost in</source>
            <translation>区域回报覆盖成本的时间</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="491" />
            <source>Local jobs at the new site</source>
            <translation>新站点的本地就业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="500" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="500" />
            <source>Fiscal cost</source>
            <translation>财政成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="502" />
            <source>Return counted</source>
            <translation>计入的回报</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="502" />
            <source>Cumulative, discounted</source>
            <translation>累计（折现）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="518" />
            <source>Hub</source>
            <translation>枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="518" />
            <source>Firm's NPV there</source>
            <translation>企业在该地的净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="518" />
            <source>Gui'an's lead with the package</source>
            <translation>有激励包时贵安领先</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="519" />
            <source>Lead without it</source>
            <translation>无激励包时领先</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="519" />
            <source>What decides it (present value; + favours Gui'an)</source>
            <translation>决定因素（现值；+ 表示有利于贵安）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="522" />
            <location filename="../../explorer/ui/package/package_tab.py" line="589" />
            <location filename="../../explorer/ui/package/package_tab.py" line="592" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="535" />
            <source>The data pack has no comparator hub.</source>
            <translation>数据包中没有比较枢纽。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="539" />
            <source>{site} wins with the package: {lead} ahead of the best alternative, {hub}.</source>
            <translation>有激励包时{site}胜出：比最佳备选地{hub}高出 {lead}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="544" />
            <source>{hub} wins: {lead} ahead of {site} even with the package. Largest line: {line}.</source>
            <translation>{hub}胜出：即使有激励包，仍比{site}高出 {lead}。最大差异项：{line}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="551" />
            <location filename="../../explorer/ui/package/package_tab.py" line="557" />
            <source>Searching…</source>
            <translation>正在求解……</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="567" />
            <source>The target already holds without this item.</source>
            <translation>不需要该项目，目标已经满足。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="569" />
            <source>Out of reach: not even the largest {item} searched meets the target.</source>
            <translation>无法达到：即使{item}取搜索范围内的最大值也不能满足目标。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="573" />
            <source>{item}: {value} meets the target; fiscal cost {cost}.</source>
            <translation>{item}：{value} 即可满足目标；财政成本 {cost}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="588" />
            <source>Cheapest mix: {items}; fiscal cost {cost}.</source>
            <translation>最省组合：{items}；财政成本 {cost}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="589" />
            <source>nothing needed</source>
            <translation>无需任何项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="591" />
            <source>Even every item at its ceiling misses the target ({items}; fiscal cost {cost}).</source>
            <translation>即使所有项目都取上限也达不到目标（{items}；财政成本 {cost}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="597" />
            <source>The search failed: {reason}</source>
            <translation>求解失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="609" />
            <source>{price} yuan/kWh for {years} years</source>
            <translation>{price} 元/千瓦时，{years} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="615" />
            <source>{amount} a person a year for {years} years</source>
            <translation>每人每年 {amount}，{years} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="618" />
            <source>{points} points for {years} years</source>
            <translation>{points} 个百分点，{years} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/package/package_tab.py" line="624" />
            <source>{share} for {years} years</source>
            <translation>{share}，{years} 年</translation>
        </message>
    </context>
    <context>
        <name>ParameterEditor</name>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="157" />
            <source>Reset {label} to the data-pack value</source>
            <translation>将{label}恢复为数据包取值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="166" />
            <source>client data</source>
            <translation>客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="168" />
            <source>estimate</source>
            <translation>估算</translation>
        </message>
    </context>
    <context>
        <name>PoliciesTab</name>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="241" />
            <source>Policy catalogue</source>
            <translation>政策目录</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="242" />
            <source>Enter: details · Space: use in calculation · click a header to sort</source>
            <translation>回车：查看详情 · 空格：计入测算 · 点击表头排序</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="243" />
            <source>Policy details</source>
            <translation>政策详情</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="244" />
            <source>Policy table and details</source>
            <translation>政策表格与详情</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="245" />
            <source>What we still need from the client…</source>
            <translation>还需客户提供的信息…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="246" />
            <source>What we still need from the client</source>
            <translation>还需客户提供的信息</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="248" />
            <source>The unknown facts and pack estimates, ranked by how much each could move the NPV</source>
            <translation>尚未知道的企业情况和数据包估计值，按各自可能对净现值的影响大小排序</translation>
        </message>
    </context>
    <context>
        <name>PolicyDetailPane</name>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="205" />
            <source>Policy details</source>
            <translation>政策详情</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="206" />
            <source>Select a policy in the table to see its details.</source>
            <translation>在表格中选择一项政策以查看详情。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="207" />
            <source>Use in calculation</source>
            <translation>计入测算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="208" />
            <source>Use this policy in the calculation</source>
            <translation>将此政策计入测算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="210" />
            <source>Counts the policy in the Calculator's case; the same switch as there</source>
            <translation>将此政策计入测算页的方案，与测算页中的开关相同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="213" />
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="214" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="215" />
            <source>Issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="216" />
            <source>Document no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="217" />
            <source>Issued</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="218" />
            <source>Effective</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="219" />
            <source>Expires</source>
            <translation>失效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="220" />
            <source>Status today</source>
            <translation>当前状态</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="221" />
            <source>Aimed at firms from</source>
            <translation>面向迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="225" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="226" />
            <source>Eligibility of the current firm</source>
            <translation>当前企业的资格</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="227" />
            <source>Benefits and their value in this case</source>
            <translation>优惠内容及其在本方案中的价值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="228" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="263" />
            <source>Confidence: {confidence} · last verified {date}</source>
            <translation>可信度：{confidence} · 最近核实 {date}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="267" />
            <source>Confidence: {confidence} · not re-checked against its sources</source>
            <translation>可信度：{confidence} · 尚未对照来源重新核实</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="274" />
            <source>Not valued for this case</source>
            <translation>未针对本方案测算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="284" />
            <source>{status} · {total} over {years} years (present value {pv})</source>
            <translation>{status} · {years}年合计 {total}（现值 {pv}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="295" />
            <source>Worth {value} over {years} years if every condition were met.</source>
            <translation>若满足全部条件，{years}年合计可达 {value}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="300" />
            <source>Not used in the calculation: these are the figures if it were.</source>
            <translation>未计入测算：以上为计入时的数字。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="309" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="310" />
            <location filename="../../explorer/ui/policies/detail_pane.py" line="311" />
            <source>not stated</source>
            <translation>未注明</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="312" />
            <source>open-ended</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="314" />
            <source>any region</source>
            <translation>不限地区</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="335" />
            <source>This policy was not valued for the current case.</source>
            <translation>本方案未对此政策进行测算。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="338" />
            <source>The data pack records no conditions on the firm for this policy.</source>
            <translation>数据包未记录此政策对企业的条件要求。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="341" />
            <source>Checked against the firm profile in the Calculator:</source>
            <translation>按测算页中的企业资料核对：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="356" />
            <source>What would change it: {change}</source>
            <translation>如何改变结果：{change}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="374" />
            <source>No benefit the calculation can count: the policy sets a framework or rules.</source>
            <translation>没有可计入测算的优惠：此政策属于框架性或规范性文件。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="399" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="414" />
            <source>Amount not published: not counted.</source>
            <translation>金额未公布，未计入。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="417" />
            <source>Does not apply to the origin or the destination of this case.</source>
            <translation>不适用于本方案的迁出地或迁入地。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="422" />
            <source>{site} (where the firm is now)</source>
            <translation>{site}（企业现所在地）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="429" />
            <source>amount not published, not counted</source>
            <translation>金额未公布，未计入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="432" />
            <source>not counted: a larger benefit of the same group applies</source>
            <translation>未计入：同组中金额更大的优惠适用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="434" />
            <source>not counted: a condition is not met</source>
            <translation>未计入：有条件未满足</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="436" />
            <source>not counted: the firm profile lacks data</source>
            <translation>未计入：企业资料缺少数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="440" />
            <source>{why}; worth {value} over {years} years if counted</source>
            <translation>{why}；若计入，{years}年合计 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="446" />
            <source>counted, but worth {zero} in this case</source>
            <translation>已计入，但在本方案中为 {zero}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="448" />
            <source>{amount} in year {year}</source>
            <translation>第{year}年 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="452" />
            <source>{amount} a year, years {first} to {last}</source>
            <translation>第{first}至{last}年每年 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="456" />
            <source>by year: {years}</source>
            <translation>逐年：{years}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="459" />
            <source>{when}; {total} over {years} years, present value {pv}</source>
            <translation>{when}；{years}年合计 {total}，现值 {pv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="472" />
            <source>No source recorded.</source>
            <translation>未记录来源。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="486" />
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="489" />
            <source>Open source {number} in the web browser</source>
            <translation>在浏览器中打开来源 {number}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="491" />
            <source>Asks first, showing the full address</source>
            <translation>打开前会先显示完整网址并请您确认</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="496" />
            <source>Not a web address: shown, not opened</source>
            <translation>不是网页地址：仅显示，不会打开</translation>
        </message>
    </context>
    <context>
        <name>PolicyFilterBar</name>
        <message numerus="yes">
            <location filename="../../explorer/ui/policies/filter_bar.py" line="109" />
            <source>%n of {total} shown</source>
            <translation>
                <numerusform>显示 %n 项，共 {total} 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/policies/filter_bar.py" line="111" />
            <source>All %n policies</source>
            <translation>
                <numerusform>全部 %n 项政策</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="138" />
            <source>Search titles, summaries, issuers, document numbers; pinyin works too (Ctrl+F)</source>
            <translation>搜索标题、摘要、发文机关、文号；也可输入拼音（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="140" />
            <source>Search policies</source>
            <translation>搜索政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="141" />
            <source>Chinese, English or pinyin: dianjia or dj finds 电价. Esc clears.</source>
            <translation>支持中文、英文或拼音：输入 dianjia 或 dj 可找到“电价”。按 Esc 清除。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="144" />
            <source>Clear the search</source>
            <translation>清除搜索</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="145" />
            <source>Filter by level</source>
            <translation>按层级筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="146" />
            <source>Filter by category</source>
            <translation>按类别筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="147" />
            <source>Filter by status</source>
            <translation>按状态筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="148" />
            <source>Filter by origin region the policy targets</source>
            <translation>按政策面向的迁出地筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="149" />
            <source>Only policies with a published amount</source>
            <translation>仅显示公布了金额的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="150" />
            <source>Only policies the current firm is eligible for</source>
            <translation>仅显示当前企业符合条件的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="151" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="152" />
            <source>Clear search and filters</source>
            <translation>清除搜索和筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="153" />
            <source>Number of policies shown</source>
            <translation>显示的政策数量</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="182" />
            <source>All levels</source>
            <translation>全部层级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="185" />
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="189" />
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="193" />
            <source>Any origin region</source>
            <translation>全部迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="195" />
            <source>Aimed at firms from {region}</source>
            <translation>面向来自{region}的企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="197" />
            <source>Quantified only</source>
            <translation>仅限可量化</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="198" />
            <source>Eligible for this firm</source>
            <translation>本企业符合条件</translation>
        </message>
    </context>
    <context>
        <name>PolicyTableModel</name>
        <message numerus="yes">
            <location filename="../../explorer/ui/policies/table_model.py" line="221" />
            <source>Value, %n years</source>
            <translation>
                <numerusform>%n年价值</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="223" />
            <source>Use</source>
            <translation>计入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="224" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="225" />
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="226" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="227" />
            <source>Issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="228" />
            <source>Document no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="229" />
            <source>Effective</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="230" />
            <source>Expires</source>
            <translation>失效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="231" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="232" />
            <source>Quantified</source>
            <translation>可量化</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="233" />
            <source>Eligibility</source>
            <translation>资格</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="239" />
            <source>Count this policy in the calculation (Space toggles it)</source>
            <translation>将此政策计入测算（按空格键切换）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="240" />
            <source>In force today, expired, or not yet in force</source>
            <translation>截至今天：有效、已失效或尚未生效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="241" />
            <source>Whether the policy publishes an amount the calculation can use</source>
            <translation>政策是否公布了可用于测算的金额</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="242" />
            <source>Whether the current firm qualifies, from its profile</source>
            <translation>按企业资料判断当前企业是否符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="244" />
            <source>Estimated effect on the relocation case over the horizon, undiscounted. Grey italics: not used in the calculation; the value if it were.</source>
            <translation>测算期内对迁移方案的估计影响（未折现）。灰色斜体：未计入测算，为计入时的数值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="260" />
            <source>open-ended</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="260" />
            <source>not stated</source>
            <translation>未注明</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="261" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="261" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="302" />
            <source>not published</source>
            <translation>未公布</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="307" />
            <source>{value} (up to {potential})</source>
            <translation>{value}（最高 {potential}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="327" />
            <source>Over the horizon: {total}</source>
            <translation>测算期合计：{total}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="330" />
            <source>Present value: {value}</source>
            <translation>现值：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="338" />
            <source>Not used in the calculation: the value if it were.</source>
            <translation>未计入测算：为计入时的数值。</translation>
        </message>
    </context>
    <context>
        <name>PolicyTimeline</name>
        <message>
            <location filename="../../explorer/ui/policies/timeline_chart.py" line="99" />
            <source>Validity of each policy over time</source>
            <translation>各项政策的有效期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/timeline_chart.py" line="102" />
            <source>Timeline of policy validity; click a bar to select</source>
            <translation>政策有效期时间轴；点击条形可选中政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/timeline_chart.py" line="104" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/timeline_chart.py" line="186" />
            <source>open-ended</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/timeline_chart.py" line="189" />
            <source>issued {date}</source>
            <translation>{date}发布</translation>
        </message>
    </context>
    <context>
        <name>PolicyWords</name>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="35" />
            <source>National</source>
            <translation>国家级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="36" />
            <source>Provincial</source>
            <translation>省级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="37" />
            <source>Municipal</source>
            <translation>市级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="38" />
            <source>District</source>
            <translation>区级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="39" />
            <source>Origin region</source>
            <translation>迁出地区</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="42" />
            <source>Tax</source>
            <translation>税收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="43" />
            <source>Electricity</source>
            <translation>电力</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="44" />
            <source>Compute vouchers</source>
            <translation>算力券</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="45" />
            <source>Talent</source>
            <translation>人才</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="46" />
            <source>Finance and loans</source>
            <translation>金融与贷款</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="47" />
            <source>Land and space</source>
            <translation>土地与场地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="48" />
            <source>Investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="49" />
            <source>Planning and layout</source>
            <translation>规划布局</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="50" />
            <source>Regulation</source>
            <translation>监管规定</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="49" />
            <location filename="../../explorer/ui/policies/words.py" line="53" />
            <source>In force</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="51" />
            <source>Superseded</source>
            <translation>已被取代</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="52" />
            <source>Target year passed</source>
            <translation>目标年份已过</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="53" />
            <source>Reported only, not confirmed</source>
            <translation>仅见报道，未经证实</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="55" />
            <source>Superseded by {policy}</source>
            <translation>已被{policy}取代</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="54" />
            <source>Not yet in force</source>
            <translation>尚未生效</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="50" />
            <location filename="../../explorer/ui/policies/words.py" line="55" />
            <source>Expired</source>
            <translation>已失效</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="159" />
            <source>Eligible</source>
            <translation>符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="160" />
            <source>Eligible (no amount)</source>
            <translation>符合条件（未公布金额）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="161" />
            <source>Unknown: data missing</source>
            <translation>未知：缺少数据</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="162" />
            <source>Not eligible</source>
            <translation>不符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="163" />
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/evaluation.py" line="164" />
            <source>Expired before the move</source>
            <translation>迁移前已失效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="58" />
            <source>Met</source>
            <translation>满足</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="59" />
            <source>Not met</source>
            <translation>不满足</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="60" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="64" />
            <source>Official source</source>
            <translation>官方来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="65" />
            <source>Official text, read on a copy</source>
            <translation>官方文本（转载）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="66" />
            <source>Press report</source>
            <translation>媒体报道</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="67" />
            <source>Promotional press</source>
            <translation>宣传性报道</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="68" />
            <source>Estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="69" />
            <source>Client data</source>
            <translation>客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="74" />
            <source>Electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="75" />
            <source>Compute voucher</source>
            <translation>算力券</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="76" />
            <source>Rent subsidy</source>
            <translation>租金补贴</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="77" />
            <source>Investment subsidy</source>
            <translation>投资补助</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="78" />
            <source>Cash grant</source>
            <translation>现金奖励</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="79" />
            <source>Tax rate</source>
            <translation>税率优惠</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="80" />
            <source>Talent subsidy</source>
            <translation>人才补贴</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="81" />
            <source>Interest subsidy</source>
            <translation>贴息</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="82" />
            <source>Surcharge</source>
            <translation>加价</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="85" />
            <source>the facility's energy use</source>
            <translation>设施用电量</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="86" />
            <source>energy above the PUE limit</source>
            <translation>超出PUE限值的用电量</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="87" />
            <source>the rent for racks or space</source>
            <translation>机柜或场地租金</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="88" />
            <source>spending on compute services</source>
            <translation>算力服务支出</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="89" />
            <source>fixed-asset investment</source>
            <translation>固定资产投资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="90" />
            <source>investment in the qualifying project</source>
            <translation>符合条件的项目投资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="91" />
            <source>retrofit investment</source>
            <translation>节能改造投资</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="92" />
            <source>R&amp;D budget of the project</source>
            <translation>项目研发预算</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="93" />
            <source>taxable profit</source>
            <translation>应纳税所得额</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="94" />
            <source>operations staff</source>
            <translation>运维人员</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="95" />
            <source>qualifying staff</source>
            <translation>符合条件的人才</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="96" />
            <source>the loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/policies.py" line="97" />
            <source>a fixed amount</source>
            <translation>固定金额</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="117" />
            <source>{kind}: amount not published</source>
            <translation>{kind}：金额未公布</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="125" />
            <source>Corporate income tax at {rate} instead of {standard}</source>
            <translation>企业所得税按 {rate} 征收（标准税率 {standard}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="130" />
            <source>Electricity at a policy price of {price} yuan/kWh</source>
            <translation>执行政策电价每千瓦时 {price} 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="133" />
            <source>{rate} off the electricity bill</source>
            <translation>电费降低 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="137" />
            <source>Surcharge of {price} yuan/kWh on energy above what PUE {limit} would use</source>
            <translation>超出PUE {limit} 对应用电量的部分，每千瓦时加价 {price} 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="141" />
            <source>Surcharge of {price} yuan/kWh on all energy used</source>
            <translation>全部用电量每千瓦时加价 {price} 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="144" />
            <source>A charge of {amount} a year</source>
            <translation>每年收费 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="153" />
            <source>{kind}: {rate} of {base}, paid once</source>
            <translation>{kind}：{base}的 {rate}，一次性发放</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="156" />
            <source>{kind}: {amount}, paid once</source>
            <translation>{kind}：{amount}，一次性发放</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="160" />
            <source>{kind}: {amount} a year per person ({base})</source>
            <translation>{kind}：每人每年 {amount}（{base}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="164" />
            <source>{kind}: {rate} of the loan a year, off its interest</source>
            <translation>{kind}：每年按贷款额的 {rate} 抵减利息</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="168" />
            <source>{kind}: {rate} of {base}</source>
            <translation>{kind}：{base}的 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="171" />
            <source>{kind}: {amount} a year</source>
            <translation>{kind}：每年 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="181" />
            <source>at most {amount} a year</source>
            <translation>每年最高 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="187" />
            <source>at most {amount} in total</source>
            <translation>累计最高 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="194" />
            <source>from year {start}</source>
            <translation>自第{start}年起</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="196" />
            <source>in year {start}</source>
            <translation>于第{start}年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="199" />
            <source>years {start} to {end}</source>
            <translation>第{start}至{end}年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="204" />
            <source>paid a year later</source>
            <translation>次年兑现</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="207" />
            <source>paid {years} years later</source>
            <translation>{years}年后兑现</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="213" />
            <source>{share} of it expected to be received</source>
            <translation>预计实际到位 {share}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="220" />
            <source>does not stack: only the largest benefit of its group counts</source>
            <translation>不可叠加：同组只计金额最大的一项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="229" />
            <source>at the destination</source>
            <translation>适用于迁入地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="231" />
            <source>at the origin (where the firm is now)</source>
            <translation>适用于迁出地（企业现所在地）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="233" />
            <source>at any site</source>
            <translation>适用于任何地点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="235" />
            <source>at: {sites}</source>
            <translation>适用于：{sites}</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="278" />
            <source>Reset demo</source>
            <translation>重置演示</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="279" />
            <source>Reset the demo firm's values</source>
            <translation>将演示企业的数值恢复为默认值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="280" />
            <source>Leave (Esc)</source>
            <translation>退出（Esc）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="281" />
            <source>Leave presenter mode</source>
            <translation>退出演示模式</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="282" />
            <source>Presenter</source>
            <translation>演示模式</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="283" />
            <source>Policies matched to the firm</source>
            <translation>与企业匹配的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="284" />
            <source>Diagram of the national computing network</source>
            <translation>全国算力网络示意图</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="286" />
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="286" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="286" />
            <source>Value over the horizon</source>
            <translation>测算期内价值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="289" />
            <source>Page Down / Page Up: next / back · B: blank · 1-5: demo firms · R: reset · Esc: leave</source>
            <translation>Page Down / Page Up：下一页 / 上一页 · B：黑屏 · 1-5：演示企业 · R：重置 · Esc：退出</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="295" />
            <source>Gui'an: a national computing hub</source>
            <translation>贵安：国家算力枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="296" />
            <source>East Data, West Computing: where Gui'an sits</source>
            <translation>东数西算：贵安的位置</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="297" />
            <source>The policies this firm qualifies for</source>
            <translation>该企业符合条件的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="298" />
            <source>The relocation case, live</source>
            <translation>迁移测算（实时）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="299" />
            <source>The proposed incentive package</source>
            <translation>拟议激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="300" />
            <source>In summary</source>
            <translation>总结</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="308" />
            <source>{step} / {steps}</source>
            <translation>{step} / {steps}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="310" />
            <source>{firm}: {origin} → {destination}</source>
            <translation>{firm}：{origin} → {destination}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="325" />
            <source>IT load {kw} kW (+ / − to change it live)</source>
            <translation>IT负载 {kw} kW（按 + / − 实时调整）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="352" />
            <source>{count} policies match this firm; values are what each adds to the case, at the destination less at the origin.</source>
            <translation>共有{count}项政策与该企业匹配；金额为每项政策对测算的贡献（迁入地减迁出地）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="365" />
            <source>Moving from {origin} to {destination}: the figures above are this case's, from the data pack's sourced defaults; every one is explained in the Calculator and in the investor pack (File → Export).</source>
            <translation>从{origin}迁至{destination}：以上为本方案的数字，基于数据包中有来源的默认值；每个数字的计算方法见“测算”页及投资材料（文件 → 导出）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="374" />
            <source>The firm's NPV: {without} without the package, {with_} with it (+{gain}).</source>
            <translation>企业净现值：无激励包 {without}，有激励包 {with_}（增加 {gain}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/presenter/presenter_view.py" line="381" />
            <source>The region's fiscal cost (present value): {cost}.</source>
            <translation>地方财政成本（现值）：{cost}。</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="79" />
            <source>The data pack is invalid</source>
            <translation>数据包无效</translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/datapack_dialogs.py" line="82" />
            <source>%n problem(s) in %1. Nothing was imported; the active data is unchanged.</source>
            <translation>
                <numerusform>%1 中有 %n 个问题。未导入任何内容，当前数据保持不变。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="90" />
            <source>… and %1 more (Copy copies all of them).</source>
            <translation>……另有 %1 条（“复制”可复制全部）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="93" />
            <source>List of problems</source>
            <translation>问题列表</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="94" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="96" />
            <source>Copy the problems to the clipboard</source>
            <translation>将问题复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="101" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>Project</name>
        <message>
            <location filename="../../explorer/project/model.py" line="221" />
            <source>{scenario}: the project's figure for {path} does not fit this data pack ({reason}); the current pack's figure is used</source>
            <translation>{scenario}：项目中 {path} 的数值与本数据包不符（{reason}），改用当前数据包的数值</translation>
        </message>
        <message>
            <location filename="../../explorer/project/autosave.py" line="131" />
            <source>is not an autosave file</source>
            <translation>不是自动保存文件</translation>
        </message>
        <message>
            <location filename="../../explorer/project/autosave.py" line="134" />
            <source>is an autosave of another version</source>
            <translation>是其他版本的自动保存文件</translation>
        </message>
        <message>
            <location filename="../../explorer/project/autosave.py" line="137" />
            <source>is damaged</source>
            <translation>已损坏</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="68" />
            <source>the file is larger than {limit:,} bytes</source>
            <translation>文件超过 {limit:,} 字节</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="69" />
            <source>is required</source>
            <translation>为必填项</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="70" />
            <source>must be a JSON object, got {kind}</source>
            <translation>须为 JSON 对象，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="71" />
            <source>the file holds a number too large to be finite</source>
            <translation>文件中的数字过大，无法表示为有限数值</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="74" />
            <source>Opened a project saved with scenario version {version}: in {scenarios}, {change}; the NPV may differ from the one saved.</source>
            <translation>已打开以第 {version} 版方案格式保存的项目：{scenarios}中，{change}；净现值可能与保存时不同。</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="161" />
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="167" />
            <source>the file is not UTF-8 text ({reason} at byte {offset})</source>
            <translation>文件不是 UTF-8 文本（字节偏移 {offset} 处：{reason}）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="176" />
            <source>the file is not valid JSON ({reason} at line {line}, column {column})</source>
            <translation>文件不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="184" />
            <source>the file is nested too deeply</source>
            <translation>文件嵌套层数过多</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="190" />
            <source>the file cannot be read ({reason})</source>
            <translation>文件无法读取（{reason}）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="208" />
            <source>this is not a project file (expected {expected!r})</source>
            <translation>这不是项目文件（应为 {expected!r}）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="255" />
            <source>must be a whole number, got {kind}</source>
            <translation>须为整数，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="261" />
            <source>the file was made by a newer version of the app (project version {version}; this app reads up to {supported})</source>
            <translation>文件由更高版本的程序创建（项目格式第 {version} 版；本程序最高只能读取第 {supported} 版）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="274" />
            <source>project version {version} is not supported</source>
            <translation>不支持项目格式版本 {version}</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="282" />
            <source>the migration from version {version} went wrong</source>
            <translation>从项目格式版本 {version} 升级时出错</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="308" />
            <source>each path may appear only once</source>
            <translation>每个路径只能出现一次</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="332" />
            <source>expected low &lt;= value &lt;= high, got {low:g} &lt;= {value:g} &lt;= {high:g}</source>
            <translation>须满足“下限 ≤ 取值 ≤ 上限”，实际为 {low:g} ≤ {value:g} ≤ {high:g}</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="357" />
            <source>the file holds more than {limit:,} values</source>
            <translation>文件包含超过 {limit:,} 个数据项</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="363" />
            <source>the file is nested more than {limit} levels deep</source>
            <translation>文件嵌套超过 {limit} 层</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="384" />
            <source>the file holds a text longer than {limit:,} characters</source>
            <translation>文件中有超过 {limit:,} 个字符的文本</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="391" />
            <source>the file holds text that is not valid Unicode</source>
            <translation>文件中含有无效的 Unicode 文本</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="397" />
            <source>{name} is not allowed: numbers must be finite</source>
            <translation>不允许使用 {name}：数字须为有限数值</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="405" />
            <source>appears twice in the same object</source>
            <translation>在同一对象中重复出现</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_codec.py" line="33" />
            <location filename="../../explorer/project/codec.py" line="417" />
            <source>is not a known field (known: {known})</source>
            <translation>不是可识别的字段（可用字段：{known}）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="425" />
            <source>must be a JSON list, got {kind}</source>
            <translation>须为 JSON 列表，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="432" />
            <source>must be text, got {kind}</source>
            <translation>须为文本，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="435" />
            <location filename="../../explorer/project/model.py" line="130" />
            <source>is longer than {limit} characters</source>
            <translation>超过 {limit} 个字符</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="443" />
            <source>must be a number, got {kind}</source>
            <translation>须为数字，实际为{kind}</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="446" />
            <source>must be a finite number</source>
            <translation>须为有限数值</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="456" />
            <source>must be a date written YYYY-MM-DD, got {text!r}</source>
            <translation>须为 YYYY-MM-DD 格式的日期，实际为 {text!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="462" />
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="463" />
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="464" />
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="465" />
            <source>true/false</source>
            <translation>布尔值（true/false）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="466" />
            <source>null</source>
            <translation>空值（null）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/codec.py" line="468" />
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../../explorer/project/files.py" line="45" />
            <source>cannot be read ({reason})</source>
            <translation>无法读取（{reason}）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/files.py" line="80" />
            <source>is neither a project file nor a scenario file</source>
            <translation>既不是项目文件，也不是方案文件</translation>
        </message>
        <message>
            <location filename="../../explorer/project/files.py" line="107" />
            <source>the project did not read back as saved; nothing was written</source>
            <translation>项目回读结果与保存内容不一致，未写入任何文件</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="30" />
            <source>must be 1 to 64 letters, digits, - or _</source>
            <translation>须由 1 至 64 个字母、数字、“-”或“_”组成</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="80" />
            <source>a project holds at least one scenario</source>
            <translation>项目至少须包含一个方案</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="85" />
            <source>at most {limit} scenarios, got {count}</source>
            <translation>最多 {limit} 个方案，实际为 {count} 个</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="96" />
            <source>each scenario id may appear only once</source>
            <translation>每个方案 ID 只能出现一次</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="102" />
            <source>names no scenario of the project ({value!r})</source>
            <translation>项目中没有 ID 为 {value!r} 的方案</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="125" />
            <source>must be text</source>
            <translation>须为文本</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="127" />
            <source>must not be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="133" />
            <source>must not contain control characters</source>
            <translation>不能包含控制字符</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="173" />
            <source>data pack {version} of {as_of}</source>
            <translation>数据包 {version}（截至 {as_of}）</translation>
        </message>
        <message>
            <location filename="../../explorer/project/model.py" line="211" />
            <source>{scenario}: {policies}</source>
            <translation>{scenario}：{policies}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_codec.py" line="34" />
            <source>must be one of: {choices}</source>
            <translation>须为以下之一：{choices}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_codec.py" line="35" />
            <source>must be a number, got {value!r}</source>
            <translation>必须是数字，实际为 {value!r}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_codec.py" line="36" />
            <source>must be between {low:g} and {high:g}, got {value:g}</source>
            <translation>必须在 {low:g} 到 {high:g} 之间，实际为 {value:g}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_codec.py" line="37" />
            <source>is not a valid package: {reason}</source>
            <translation>不是有效的激励包：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_codec.py" line="66" />
            <source>must be a list of at most 7 items</source>
            <translation>必须是最多 7 项的列表</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_codec.py" line="92" />
            <source>an item needs a kind and a value</source>
            <translation>每个项目需要类型和数值</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_codec.py" line="98" />
            <source>must be a whole number from 1 to 20</source>
            <translation>必须是 1 到 20 的整数</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_codec.py" line="114" />
            <source>must be a JSON object</source>
            <translation>必须是 JSON 对象</translation>
        </message>
    </context>
    <context>
        <name>ProjectFiles</name>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="92" />
            <source>&amp;New project</source>
            <translation>新建项目(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="93" />
            <source>Start a new project with one scenario</source>
            <translation>新建一个包含一个方案的项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="94" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="95" />
            <source>Open a project (.gcx) or a scenario file (.json)</source>
            <translation>打开项目（.gcx）或方案文件（.json）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="96" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="97" />
            <source>Save every scenario of the project</source>
            <translation>保存项目中的全部方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="98" />
            <source>Save &amp;as…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="112" />
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="114" />
            <source>Gui'an Compute Explorer</source>
            <translation>贵安算力探索器</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="168" />
            <source>Scenario 1</source>
            <translation>方案 1</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="178" />
            <source>Open a project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="181" />
            <source>Projects and scenarios (*{suffix} *.json);;Gui'an projects (*{suffix});;Scenario files (*.json);;All files (*)</source>
            <translation>项目和方案 (*{suffix} *.json);;贵安项目 (*{suffix});;方案文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="214" />
            <location filename="../../explorer/ui/project/files.py" line="219" />
            <source>Opened {file}</source>
            <translation>已打开 {file}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="216" />
            <source>These policies are not in the current data pack and were left out:
{policies}</source>
            <translation>以下政策不在当前数据包中，已略去：
{policies}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="222" />
            <source>Opened {file}. {notes}</source>
            <translation>已打开 {file}。{notes}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="236" />
            <source>Save the project as</source>
            <translation>项目另存为</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="238" />
            <source>Gui'an projects (*{suffix})</source>
            <translation>贵安项目 (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="256" />
            <source>Could not save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="257" />
            <source>{file} could not be saved: {reason}

The file on disk is unchanged.</source>
            <translation>无法保存 {file}：{reason}

磁盘上的文件保持不变。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="265" />
            <source>Saved {file}</source>
            <translation>已保存 {file}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="297" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="298" />
            <source>Save the changes to {name} first?</source>
            <translation>是否先保存对 {name} 的更改？</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="301" />
            <source>Changes you do not save are lost.</source>
            <translation>不保存的更改将会丢失。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="333" />
            <source>Another data pack</source>
            <translation>数据包版本不同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="335" />
            <source>This project was made with data pack {old} (as of {old_date}); the app now uses data pack {new} (as of {new_date}).</source>
            <translation>此项目使用数据包 {old}（截至 {old_date}）制作；本程序当前使用数据包 {new}（截至 {new_date}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="346" />
            <source>Keep the project's figures: the prices, rents and other figures it took from its data pack are kept as its own inputs.
Use the current data pack: those figures are refreshed; figures you set yourself are kept either way.
Policies always follow the current data pack.</source>
            <translation>保留项目中的数字：项目从其数据包取得的电价、租金等数字将作为项目自己的输入保留。
使用当前数据包：这些数字将更新；您自己设定的数字在两种情况下都会保留。
政策始终以当前数据包为准。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="349" />
            <source>Keep the project's figures</source>
            <translation>保留项目中的数字</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="352" />
            <source>Use the current data pack</source>
            <translation>使用当前数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="365" />
            <source>Could not open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/files.py" line="366" />
            <source>{file} could not be opened:
{reason}

Nothing was changed.</source>
            <translation>无法打开 {file}：
{reason}

未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>Provenance</name>
        <message>
            <location filename="../../explorer/domain/parameters.py" line="25" />
            <source>official</source>
            <translation>官方</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/parameters.py" line="26" />
            <source>official (mirror)</source>
            <translation>官方（转载）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/parameters.py" line="27" />
            <source>press</source>
            <translation>媒体</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/parameters.py" line="28" />
            <source>press (promotional)</source>
            <translation>媒体（推广）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/parameters.py" line="29" />
            <source>estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/parameters.py" line="30" />
            <source>client data</source>
            <translation>客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="46" />
            <source>From the client's own data.</source>
            <translation>来自客户自有数据。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="48" />
            <source>Set in this scenario.</source>
            <translation>本方案设定。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="50" />
            <source>Default from the data pack.</source>
            <translation>数据包默认值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="55" />
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="58" />
            <source>As of: {date}</source>
            <translation>截至：{date}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="60" />
            <source>Confidence: {label}</source>
            <translation>可信度：{label}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="71" />
            <source>Uncertainty range: {low} to {high}</source>
            <translation>不确定范围：{low} 至 {high}</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <location filename="../../explorer/ui/project/recent_files.py" line="46" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/recent_files.py" line="76" />
            <source>No recent projects</source>
            <translation>没有最近打开的项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project/recent_files.py" line="79" />
            <source>Clear the list</source>
            <translation>清空列表</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="107" />
            <source>10,000 yuan (万元)</source>
            <translation>万元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="109" />
            <source>CNY thousand</source>
            <translation>千元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="142" />
            <location filename="../../explorer/reports/report_words.py" line="116" />
            <location filename="../../explorer/reports/xlsx_model.py" line="127" />
            <source>USD</source>
            <translation>美元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="129" />
            <source>Amounts in USD at {rate} CNY per USD.</source>
            <translation>金额单位：美元，按 1 美元 = {rate} 元人民币折算。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="132" />
            <source>Amounts in yuan (CNY).</source>
            <translation>金额单位：元（人民币）。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="108" />
            <source>shipped</source>
            <translation>随附</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="110" />
            <source>imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="115" />
            <location filename="../../explorer/reports/report_model.py" line="112" />
            <source>Data pack {version} ({kind}), as of {as_of}</source>
            <translation>数据包 {version}（{kind}），截至 {as_of}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="77" />
            <location filename="../../explorer/reports/report_model.py" line="119" />
            <source>Unnamed firm</source>
            <translation>未命名企业</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="80" />
            <location filename="../../explorer/reports/report_model.py" line="121" />
            <source>{origin} → {destination}</source>
            <translation>{origin} → {destination}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="85" />
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="86" />
            <source>What we need from you</source>
            <translation>需要贵方提供</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="87" />
            <source>Why it matters</source>
            <translation>为何重要</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="88" />
            <source>Answer that helps the case most</source>
            <translation>最有利的回答</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="89" />
            <source>NPV of the move, from / to</source>
            <translation>迁移净现值（从／到）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="90" />
            <source>Could move the NPV by</source>
            <translation>对净现值的影响可达</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="91" />
            <source>Your answer</source>
            <translation>贵方回答</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="94" />
            <source>A fact is valued with the case's NPV for each answer it can have, the other unanswered facts taken at their most favourable answer; an estimate at the low and the high end of the data pack's range, everything else as it is. Largest first.</source>
            <translation>企业情况按其每种可能回答下的方案净现值计算，其他尚未回答的情况取最有利的回答；估计值按数据包区间的下限和上限计算，其余不变。影响最大的排在最前。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="102" />
            <source>Ranked by how much each answer could move the NPV</source>
            <translation>按各项回答对净现值的可能影响排序</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="107" />
            <source>Net present value of the move now: {npv}. These answers would make the case yours rather than a textbook one; the first ones matter most. Facts decide whether a policy applies; estimates are figures the data pack had to assume.</source>
            <translation>当前迁移净现值：{npv}。这些回答能让测算成为贵方自己的方案，而不是教科书式的示例；排在前面的最重要。企业情况决定政策是否适用；估计值是数据包不得不假设的数字。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="113" />
            <source>What we still need from you</source>
            <translation>还需贵方提供的信息</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="117" />
            <source>data pack</source>
            <translation>数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="145" />
            <source>Prepared on {date}</source>
            <translation>编制日期 {date}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="168" />
            <source>{label} (a quote at the destination)</source>
            <translation>{label}（需目的地报价）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="171" />
            <source>{low} to {high}</source>
            <translation>{low}至{high}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="175" />
            <source>no effect in this case</source>
            <translation>对本方案无影响</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="196" />
            <source>Decides: {policies}</source>
            <translation>决定：{policies}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="198" />
            <source>(valued at {amount})</source>
            <translation>（按{amount}计算）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="203" />
            <source>The data pack's estimate: {value} (range {low} to {high}) {unit}</source>
            <translation>数据包估计值：{value}（区间{low}至{high}）{unit}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="221" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="221" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="135" />
            <source>This pack is an estimate, not a quote. Its figures follow from the inputs listed and from the data pack named above (public policy documents, statistics and press reports, each cited beside the figure it supports), and they change when those change. Incentives are shown as the published rules would pay when the conditions shown are met; actual awards depend on the authorities' decisions and on signed agreements. Check the sources before relying on any figure.</source>
            <translation>本资料为测算估计，并非报价。其中数字取决于所列输入和上述数据包（公开的政策文件、统计数据和媒体报道，均在相应数字旁注明出处），输入或数据变化时结果随之变化。激励按已公布的规则在所示条件满足时可获得的金额列示；实际兑现以主管部门的决定和签署的协议为准。引用任何数字前请核对其来源。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="136" />
            <location filename="../../explorer/reports/report_model.py" line="139" />
            <source>An estimate, not a quote.</source>
            <translation>测算估计，并非报价。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="140" />
            <source>Horizon {years} years from {move}; discount rate {rate}; mode: {mode}. Year 0 is the move; year t is the 12 months from the move date plus t − 1 years.</source>
            <translation>测算期 {years} 年，自 {move} 起；折现率 {rate}；模式：{mode}。第 0 年为迁移当年；第 t 年指迁移日期加 t − 1 年起的 12 个月。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="151" />
            <source>Amounts in USD at {rate} CNY per USD: 万 = 10,000, 亿 = 100 million.</source>
            <translation>金额单位为美元（按 1 美元 = {rate} 元人民币折算）：万 = 10,000，亿 = 100,000,000。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="155" />
            <source>Amounts in USD at {rate} CNY per USD: K = thousand, M = million, B = billion.</source>
            <translation>金额单位为美元（按 1 美元 = {rate} 元人民币折算）：K = 千，M = 百万，B = 十亿。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="161" />
            <source>Amounts in yuan (CNY): 万 = 10,000, 亿 = 100 million.</source>
            <translation>金额单位为人民币元：万 = 10,000，亿 = 100,000,000。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="163" />
            <source>Amounts in yuan (CNY): K = thousand, M = million, B = billion.</source>
            <translation>金额单位为人民币元：K = 千，M = 百万，B = 十亿。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="14" />
            <location filename="../../explorer/reports/report_model.py" line="169" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="170" />
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="171" />
            <source>Move</source>
            <translation>迁移</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="18" />
            <location filename="../../explorer/reports/report_model.py" line="172" />
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="173" />
            <source>Prepared on</source>
            <translation>编制日期</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="174" />
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="138" />
            <location filename="../../explorer/reports/report_model.py" line="183" />
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="184" />
            <source>The case in one page</source>
            <translation>一页看懂迁移测算</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="139" />
            <location filename="../../explorer/reports/report_model.py" line="185" />
            <source>(continued)</source>
            <translation>（续）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="189" />
            <source>Made with Gui'an Compute Explorer {version}</source>
            <translation>由贵安算力探索器 {version} 生成</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="79" />
            <location filename="../../explorer/reports/report_model.py" line="192" />
            <source>Key figures</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="141" />
            <location filename="../../explorer/reports/report_model.py" line="195" />
            <source>{label} ({unit})</source>
            <translation>{label}（{unit}）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="200" />
            <source>Site id</source>
            <translation>地区代码</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_latency.py" line="51" />
            <location filename="../../explorer/reports/report_model.py" line="201" />
            <location filename="../../explorer/reports/xlsx_model.py" line="104" />
            <source>Site</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="206" />
            <source>Moving compute to Gui'an New Area</source>
            <translation>算力迁往贵安新区</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="207" />
            <source>Investor pack: the relocation case</source>
            <translation>投资者资料：迁移测算</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="166" />
            <source>{kw} kW of IT load</source>
            <translation>IT 负载 {kw} 千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="167" />
            <source>{template}, {load}, {mode}</source>
            <translation>{template}，{load}，{mode}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="26" />
            <source>several</source>
            <translation>多个</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="125" />
            <location filename="../../explorer/reports/report_kpis.py" line="27" />
            <source>undefined</source>
            <translation>无定义</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="112" />
            <source>immediate</source>
            <translation>立即回收</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="85" />
            <source>Local share of corporate income tax</source>
            <translation>企业所得税地方分成</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="88" />
            <source>Return per yuan of power sold</source>
            <translation>每元售电的本地回报</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="91" />
            <source>Share of staff hired locally</source>
            <translation>本地招聘比例</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="92" />
            <source>Return per yuan of local wages</source>
            <translation>每元本地工资的回报</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="95" />
            <source>Share of investment spent locally</source>
            <translation>本地投资比例</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="98" />
            <source>Return per yuan spent locally</source>
            <translation>每元本地投资的回报</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="57" />
            <source>Proposed incentive package</source>
            <translation>拟议激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="114" />
            <source>not within {years} years</source>
            <translation>{years} 年内无法回收</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="123" />
            <source>several rates</source>
            <translation>多个解</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_terms.py" line="18" />
            <source>{price} yuan/kWh for {years} years</source>
            <translation>{price} 元/千瓦时，{years} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_terms.py" line="19" />
            <source>{amount} at the move</source>
            <translation>迁入时 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_terms.py" line="20" />
            <source>{amount} a staff member a year for {years} years</source>
            <translation>每名员工每年 {amount}，{years} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_terms.py" line="21" />
            <source>{points} points on the loan for {years} years</source>
            <translation>贷款贴息 {points} 个百分点，{years} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_terms.py" line="22" />
            <source>{share} of the fixed-asset investment, once</source>
            <translation>固定资产投资的 {share}，一次性</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_terms.py" line="24" />
            <source>the rack rent</source>
            <translation>机柜租金</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_terms.py" line="25" />
            <source>compute-service spend</source>
            <translation>算力服务支出</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_terms.py" line="23" />
            <source>{share} of {what} for {years} years</source>
            <translation>{what}的 {share}，{years} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/package_terms.py" line="26" />
            <source>, capped at {cap}</source>
            <translation>，上限 {cap}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="135" />
            <source>Proposed for negotiation, on top of the standard policies counted in the case above and kept apart from them: none of these items is an offer or a published policy.</source>
            <translation>以下为供协商的方案，在上文测算所计的标准政策之外，并与之分开列示：其中任何项目都不是承诺或已公布的政策。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="140" />
            <source>With the package the firm's NPV of the move is {with_npv} against {without_npv} without it (+{gain} at the firm's discount rate of {rate}).</source>
            <translation>有激励包时，企业迁移净现值为 {with_npv}，无激励包时为 {without_npv}（按企业贴现率 {rate} 计，增加 {gain}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="157" />
            <source>{site} comes out ahead of the best alternative hub, {hub}, by {lead}.</source>
            <translation>{site}比最佳备选枢纽{hub}高出 {lead}。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="160" />
            <source>{hub} stays ahead of {site} by {lead} even with the package.</source>
            <translation>即使有激励包，{hub}仍比{site}高出 {lead}。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="164" />
            <source>Firm's copy.</source>
            <translation>企业版。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="168" />
            <source>Package disclaimer: a proposal prepared for discussion. It commits no authority; any item beyond the published policies needs the approval of the competent finance bureau and a signed agreement, and is paid only on the terms agreed there. Amounts are estimates on the assumptions shown.</source>
            <translation>激励包免责声明：本方案仅供讨论，不对任何机关构成承诺；已公布政策以外的任何项目均须经主管财政部门批准并签订协议，并仅按协议条款支付。金额为依据所示假设的估算。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="187" />
            <location filename="../../explorer/reports/package_section.py" line="234" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="196" />
            <source>Items of the proposed package</source>
            <translation>拟议激励包的项目</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="199" />
            <source>Terms</source>
            <translation>条件</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="202" />
            <source>Worth to the firm (present value)</source>
            <translation>对企业的价值（现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="209" />
            <location filename="../../explorer/reports/package_section.py" line="230" />
            <location filename="../../explorer/reports/package_section.py" line="268" />
            <source>Package</source>
            <translation>激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="213" />
            <source>NPV of the move</source>
            <translation>迁移净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="215" />
            <source>Payback</source>
            <translation>投资回收期</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="217" />
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="222" />
            <source>The firm, without and with the package</source>
            <translation>企业：无激励包与有激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="225" />
            <source>Without package</source>
            <translation>无激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="226" />
            <source>With package</source>
            <translation>有激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="227" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="246" />
            <source>Against the other hubs (the package applies only at the destination)</source>
            <translation>与其他枢纽比较（激励包仅适用于目的地）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="250" />
            <source>Hub</source>
            <translation>枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="251" />
            <source>Firm's NPV there</source>
            <translation>企业在该地的净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="254" />
            <source>Destination's lead with the package</source>
            <translation>有激励包时目的地领先</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="258" />
            <source>Lead without it</source>
            <translation>无激励包时领先</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="261" />
            <source>What decides it (present value; + favours the destination)</source>
            <translation>决定因素（现值；+ 表示有利于目的地）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="276" />
            <source>Finance bureau's copy: the region's side of the deal follows.</source>
            <translation>财政部门版：以下为区域一方的情况。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="279" />
            <source>The region's discounted return covers the fiscal cost in year {year}.</source>
            <translation>区域的折现回报在第 {year} 年覆盖财政成本。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="282" />
            <source>The region's discounted return does not cover the fiscal cost within {years} years.</source>
            <translation>区域的折现回报在 {years} 年内不能覆盖财政成本。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="290" />
            <source>Package, region</source>
            <translation>激励包·区域</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="84" />
            <location filename="../../explorer/reports/package_section.py" line="294" />
            <source>Public discount rate</source>
            <translation>公共贴现率</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="296" />
            <source>Fiscal cost of the package (present value)</source>
            <translation>激励包的财政成本（现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="298" />
            <source>What the move brings the region (present value)</source>
            <translation>迁移给区域带来的回报（现值）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="300" />
            <source>Firm's gain per yuan of fiscal cost</source>
            <translation>每元财政成本带来的企业收益</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="302" />
            <source>Year the region's return covers the cost</source>
            <translation>区域回报覆盖成本的年份</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="304" />
            <source>Local jobs at the new site</source>
            <translation>新站点的本地就业</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="309" />
            <source>The region: fiscal cost and return</source>
            <translation>区域：财政成本与回报</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="327" />
            <source>The region, year by year</source>
            <translation>区域逐年情况</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="330" />
            <source>Fiscal cost</source>
            <translation>财政成本</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="332" />
            <source>Return counted</source>
            <translation>计入的回报</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="333" />
            <source>Cumulative net, discounted</source>
            <translation>累计净额（折现）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="350" />
            <source>The region's assumptions</source>
            <translation>区域假设</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="366" />
            <source>above</source>
            <translation>超出</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="368" />
            <source>within</source>
            <translation>未超出</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="379" />
            <source>Ceilings in the data pack</source>
            <translation>数据包中的上限</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="382" />
            <source>Limit</source>
            <translation>上限项</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="383" />
            <source>Ceiling</source>
            <translation>上限</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="384" />
            <source>This package</source>
            <translation>本激励包</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="385" />
            <source>Set by</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/checklist.py" line="144" />
            <location filename="../../explorer/reports/report_words.py" line="117" />
            <location filename="../../explorer/reports/report_words.py" line="181" />
            <location filename="../../explorer/reports/xlsx_model.py" line="117" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="74" />
            <source>USD {value}</source>
            <translation>{value}美元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="102" />
            <source>10,000 US dollars (万美元)</source>
            <translation>万美元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="104" />
            <source>USD thousand</source>
            <translation>千美元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="111" />
            <location filename="../../explorer/reports/report_charts.py" line="128" />
            <source>Net present value</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="33" />
            <location filename="../../explorer/reports/xlsx_model.py" line="126" />
            <source>per year</source>
            <translation>每年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="34" />
            <location filename="../../explorer/reports/report_words.py" line="204" />
            <location filename="../../explorer/reports/xlsx_model.py" line="123" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="64" />
            <source>Incentives received</source>
            <translation>激励收入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="35" />
            <source>t a year</source>
            <translation>吨/年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="75" />
            <source>{value} yuan</source>
            <translation>{value}元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="36" />
            <source>USD per accelerator-hour</source>
            <translation>美元/卡时</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="38" />
            <source>yuan per accelerator-hour</source>
            <translation>元/卡时</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="34" />
            <source>break-even: {months}</source>
            <translation>盈亏平衡：{months}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="39" />
            <source>Cash flow of the move: each year and cumulative</source>
            <translation>迁移现金流：逐年与累计</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="45" />
            <source>Cash flow in the year</source>
            <translation>当年现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="68" />
            <location filename="../../explorer/reports/report_charts.py" line="46" />
            <location filename="../../explorer/reports/xlsx_model.py" line="179" />
            <source>Cumulative</source>
            <translation>累计</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="329" />
            <location filename="../../explorer/reports/report_cashflows.py" line="28" />
            <location filename="../../explorer/reports/report_cashflows.py" line="72" />
            <location filename="../../explorer/reports/report_cashflows.py" line="110" />
            <location filename="../../explorer/reports/report_charts.py" line="47" />
            <location filename="../../explorer/reports/xlsx_model.py" line="116" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="64" />
            <source>From today's annual cost to the net cost after the move (year 1)</source>
            <translation>从现有年度成本到迁移后的净成本（第 1 年）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="75" />
            <source>Operating cost in year 1 by site</source>
            <translation>各地第 1 年运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="80" />
            <source>Net of incentives</source>
            <translation>扣除激励后净额</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="105" />
            <source>Sensitivity: NPV with each input at its low and high estimate</source>
            <translation>敏感性分析：各输入取低值与高值时的净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="107" />
            <source>NPV {value}</source>
            <translation>净现值 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="109" />
            <source>Input at its low estimate</source>
            <translation>输入取低值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="110" />
            <source>Input at its high estimate</source>
            <translation>输入取高值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="122" />
            <source>Monte Carlo: distribution of the NPV ({samples} samples)</source>
            <translation>蒙特卡洛模拟：净现值分布（{samples} 个样本）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_charts.py" line="129" />
            <location filename="../../explorer/reports/report_risk.py" line="55" />
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="182" />
            <source>yuan/yr</source>
            <translation>元/年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="183" />
            <source>yuan/rack</source>
            <translation>元/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="184" />
            <source>yuan/TB</source>
            <translation>元/TB</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="185" />
            <source>yuan/day</source>
            <translation>元/天</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="186" />
            <source>yuan/person</source>
            <translation>元/人</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="187" />
            <source>yuan/kWh</source>
            <translation>元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="188" />
            <source>yuan/rack/month</source>
            <translation>元/机柜/月</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="189" />
            <source>yuan/Mbps/month</source>
            <translation>元/Mbps/月</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="190" />
            <source>yuan/person/yr</source>
            <translation>元/人/年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="191" />
            <source>yuan/kW</source>
            <translation>元/千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="193" />
            <source>%/yr</source>
            <translation>%/年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="195" />
            <location filename="../../explorer/reports/xlsx_model.py" line="119" />
            <source>kW</source>
            <translation>千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="196" />
            <source>kW/rack</source>
            <translation>千瓦/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="197" />
            <location filename="../../explorer/reports/xlsx_model.py" line="120" />
            <source>Mbps</source>
            <translation>Mbps</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="198" />
            <source>Mbps per 100 kW</source>
            <translation>Mbps/100千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="200" />
            <source>persons</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="201" />
            <source>ms</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="202" />
            <source>TB</source>
            <translation>TB</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="203" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="205" />
            <location filename="../../explorer/reports/xlsx_model.py" line="122" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="197" />
            <location filename="../../explorer/reports/report_words.py" line="206" />
            <source>CNY per USD</source>
            <translation>元/美元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="175" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="207" />
            <source>tCO2/MWh</source>
            <translation>吨CO₂/兆瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="235" />
            <source>official</source>
            <translation>官方</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="236" />
            <source>official (mirror)</source>
            <translation>官方（转载）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="237" />
            <source>press</source>
            <translation>媒体</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="238" />
            <source>press (promotional)</source>
            <translation>媒体（推广）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="239" />
            <source>estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="224" />
            <location filename="../../explorer/reports/package_section.py" line="311" />
            <location filename="../../explorer/reports/report_kpis.py" line="71" />
            <location filename="../../explorer/reports/report_risk.py" line="72" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="72" />
            <source>Exact value</source>
            <translation>精确值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="66" />
            <location filename="../../explorer/reports/report_inputs.py" line="113" />
            <location filename="../../explorer/reports/report_kpis.py" line="73" />
            <location filename="../../explorer/reports/report_risk.py" line="31" />
            <location filename="../../explorer/reports/report_risk.py" line="74" />
            <location filename="../../explorer/reports/xlsx_model.py" line="107" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="312" />
            <location filename="../../explorer/reports/package_section.py" line="353" />
            <location filename="../../explorer/reports/report_inputs.py" line="31" />
            <location filename="../../explorer/reports/report_inputs.py" line="65" />
            <location filename="../../explorer/reports/report_inputs.py" line="112" />
            <location filename="../../explorer/reports/report_kpis.py" line="74" />
            <location filename="../../explorer/reports/report_risk.py" line="73" />
            <location filename="../../explorer/reports/xlsx_model.py" line="106" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="75" />
            <source>Detail</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_kpis.py" line="82" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="15" />
            <source>Moving from</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="16" />
            <source>Moving to</source>
            <translation>迁入地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="17" />
            <source>Sites compared</source>
            <translation>对比地区</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="19" />
            <source>Move date</source>
            <translation>迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="20" />
            <location filename="../../explorer/reports/xlsx_model.py" line="133" />
            <source>Horizon</source>
            <translation>测算期</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="20" />
            <source>{years} years</source>
            <translation>{years} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="21" />
            <source>Users in</source>
            <translation>用户所在地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="24" />
            <source>Policies counted</source>
            <translation>计入的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="28" />
            <source>The case</source>
            <translation>测算概况</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="198" />
            <location filename="../../explorer/reports/package_section.py" line="381" />
            <location filename="../../explorer/reports/report_inputs.py" line="30" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="34" />
            <location filename="../../explorer/reports/report_inputs.py" line="78" />
            <location filename="../../explorer/reports/report_model.py" line="253" />
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="46" />
            <location filename="../../explorer/reports/report_inputs.py" line="144" />
            <source>set in this scenario</source>
            <translation>本方案设定</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="64" />
            <location filename="../../explorer/reports/report_risk.py" line="30" />
            <location filename="../../explorer/reports/xlsx_model.py" line="105" />
            <source>Input</source>
            <translation>输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="67" />
            <location filename="../../explorer/reports/report_inputs.py" line="116" />
            <source>Range</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="354" />
            <location filename="../../explorer/reports/report_inputs.py" line="68" />
            <location filename="../../explorer/reports/report_inputs.py" line="118" />
            <location filename="../../explorer/reports/xlsx_model.py" line="108" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="72" />
            <source>Inputs of this scenario</source>
            <translation>本方案的输入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="75" />
            <source>Every figure not listed here comes from the data pack: see the assumptions.</source>
            <translation>此处未列出的数字均来自数据包，见“假设”部分。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="352" />
            <location filename="../../explorer/reports/report_inputs.py" line="111" />
            <source>Assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="114" />
            <location filename="../../explorer/reports/report_risk.py" line="32" />
            <source>Low</source>
            <translation>低值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="115" />
            <location filename="../../explorer/reports/report_risk.py" line="33" />
            <source>High</source>
            <translation>高值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="117" />
            <location filename="../../explorer/reports/report_policies.py" line="68" />
            <location filename="../../explorer/reports/xlsx_model.py" line="110" />
            <source>Confidence</source>
            <translation>可信度</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="355" />
            <location filename="../../explorer/reports/report_inputs.py" line="119" />
            <location filename="../../explorer/reports/xlsx_model.py" line="109" />
            <source>As of</source>
            <translation>截至</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="120" />
            <source>Source (as of)</source>
            <translation>来源（截至）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/package_section.py" line="206" />
            <location filename="../../explorer/reports/package_section.py" line="356" />
            <location filename="../../explorer/reports/report_inputs.py" line="121" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="122" />
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="126" />
            <source>Assumptions from the data pack, with their sources</source>
            <translation>数据包中的假设及其来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="129" />
            <source>Confidence: official = a government document; press = a press report; estimate = our own figure, reasoned in the note. The range is used by the risk analysis.</source>
            <translation>可信度：官方 = 政府文件；媒体 = 媒体报道；估算 = 我们自己的数字，理由见备注。风险分析使用所列范围。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_inputs.py" line="133" />
            <source>Assumptions</source>
            <translation>假设</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="58" />
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="59" />
            <source>Document no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="60" />
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="61" />
            <source>Issued by</source>
            <translation>发布机关</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="62" />
            <source>Policy and issuer</source>
            <translation>政策及发布机关</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="64" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="65" />
            <source>Over the horizon</source>
            <translation>测算期合计</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="66" />
            <source>Present value</source>
            <translation>现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="67" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="69" />
            <source>Last checked</source>
            <translation>最近核对</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="70" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="74" />
            <source>Policies counted in the case</source>
            <translation>测算中计入的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="77" />
            <source>Values are each policy's whole effect on the case, at the destination less at the origin: its incentives, its tax relief (the case's tax line) and, for a charge at the origin, the charge the move avoids (in the operating costs). The Incentives figure counts the incentives only. A policy counts only when every condition is met.</source>
            <translation>金额为各项政策对本次测算的全部影响（目的地减去迁出地）：激励、税收优惠（测算中单列的税收一行），以及对迁出地收费而言迁移所免除的费用（计入运营成本）。“激励政策”一项只计激励部分。只有全部条件满足时政策才计入。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="261" />
            <location filename="../../explorer/reports/report_policies.py" line="81" />
            <source>Policies</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="42" />
            <source>In {unit}. Net cost = operating cost + investment − incentives − tax relief.</source>
            <translation>单位：{unit}。净成本 = 运营成本 + 投资 − 激励 − 税收减免。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="83" />
            <source>In {unit}. Cash flow = saving + investment (self-build: the origin's less the new site's) + incentives + tax relief − one-off costs (year 0, less any sale of the origin facility) and parallel running (year 1). NPV = sum of the discounted cash flows = {npv}.</source>
            <translation>单位：{unit}。现金流 = 节省 + 投资（自建：原址投资减新址投资）+ 激励 + 税收减免 − 一次性费用（第 0 年，扣除原址设施出售所得）及并行运行费用（第 1 年）。净现值 = 各年折现现金流之和 = {npv}。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="129" />
            <source>In {unit}: incentives received at the destination less those at the origin, by year; tax relief (profit-based benefits) in its own column, not in the total. Charges at the origin that the move avoids count in the saving, not here.</source>
            <translation>单位：{unit}。逐年列示在目的地获得的激励减去在迁出地获得的激励；税收减免（基于利润的优惠）单列，不计入合计。迁移后免缴的迁出地费用计入节省，不在此列。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="32" />
            <location filename="../../explorer/reports/xlsx_model.py" line="141" />
            <source>origin</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="137" />
            <source>Amounts in USD at {rate} CNY per USD; inputs and assumptions in the units shown, as their sources give them (yuan).</source>
            <translation>金额单位：美元，按 1 美元 = {rate} 元人民币折算；输入与假设按所示单位列出，与其来源一致（人民币元）。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_words.py" line="240" />
            <source>client data</source>
            <translation>客户数据</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="29" />
            <source>not re-checked</source>
            <translation>尚未重新核实</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_policies.py" line="63" />
            <source>Policy status</source>
            <translation>政策效力</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="33" />
            <location filename="../../explorer/reports/xlsx_model.py" line="142" />
            <source>destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="34" />
            <location filename="../../explorer/reports/xlsx_model.py" line="143" />
            <source>comparison</source>
            <translation>对比地区</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="38" />
            <source>Annual table: {site} ({role})</source>
            <translation>年度明细：{site}（{role}）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="62" />
            <source>Saving before incentives</source>
            <translation>未计激励的节省</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="63" />
            <source>Investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="66" />
            <source>One-off costs</source>
            <translation>一次性费用</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="67" />
            <source>Cash flow</source>
            <translation>现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="69" />
            <location filename="../../explorer/reports/xlsx_model.py" line="180" />
            <source>Discounted</source>
            <translation>折现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="77" />
            <source>Cash flows of the case {origin} → {destination}</source>
            <translation>迁移现金流：{origin} → {destination}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="89" />
            <source>Cash flows</source>
            <translation>现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="113" />
            <source>Extra (what-if)</source>
            <translation>额外激励（假设）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="114" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="136" />
            <source>Incentives by policy and year</source>
            <translation>分政策逐年激励</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_cashflows.py" line="140" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="34" />
            <source>NPV at low</source>
            <translation>低值时净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="35" />
            <source>NPV at high</source>
            <translation>高值时净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="36" />
            <source>Swing</source>
            <translation>变动幅度</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="40" />
            <source>Sensitivity of the NPV, largest swing first</source>
            <translation>净现值敏感性（按变动幅度从大到小）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="43" />
            <source>Each input moved alone to its low and high estimate; all others at their values. Base NPV {npv}.</source>
            <translation>每次只将一个输入调到低值或高值，其余保持原值。基准净现值 {npv}。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="297" />
            <location filename="../../explorer/reports/report_risk.py" line="47" />
            <location filename="../../explorer/reports/report_risk.py" line="89" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="56" />
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="58" />
            <source>Uncertain inputs drawn</source>
            <translation>抽样的不确定输入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="61" />
            <source>Mean NPV</source>
            <translation>净现值均值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="62" />
            <source>Standard deviation</source>
            <translation>标准差</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="63" />
            <source>P10 (9 in 10 cases are above)</source>
            <translation>P10（九成情形高于此值）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="64" />
            <source>P50 (median)</source>
            <translation>P50（中位数）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="65" />
            <source>P90 (1 in 10 cases is above)</source>
            <translation>P90（一成情形高于此值）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="67" />
            <source>Probability that the NPV is positive</source>
            <translation>净现值为正的概率</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="79" />
            <source>Monte Carlo simulation of the NPV</source>
            <translation>净现值的蒙特卡洛模拟</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_risk.py" line="85" />
            <source>Every uncertain input drawn independently from a triangular distribution (low, value, high).</source>
            <translation>每个不确定输入按三角分布（低值、取值、高值）独立抽样。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_latency.py" line="45" />
            <source>{kind}, ms</source>
            <translation>{kind}（毫秒）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_latency.py" line="48" />
            <source>Range of the round-trip estimate</source>
            <translation>往返估算范围</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_latency.py" line="49" />
            <source>Latency budget (round trip), ms</source>
            <translation>时延预算（往返，毫秒）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_latency.py" line="52" />
            <source>User region</source>
            <translation>用户区域</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_latency.py" line="56" />
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_latency.py" line="58" />
            <source>Source of the official claim</source>
            <translation>官方说法来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_latency.py" line="62" />
            <source>Latency: round-trip estimates and official claims</source>
            <translation>网络时延：往返估算与官方说法</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_latency.py" line="66" />
            <location filename="../../explorer/reports/report_latency.py" line="84" />
            <source>Latency</source>
            <translation>网络时延</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="257" />
            <source>Assumptions and their sources</source>
            <translation>假设及其来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="265" />
            <source>Annual tables per site</source>
            <translation>各地区年度明细</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="271" />
            <source>Cash flows and incentives</source>
            <translation>现金流与激励</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="285" />
            <source>In {share} of {samples} simulated cases the NPV is above zero; 8 in 10 cases lie between {p10} and {p90}.</source>
            <translation>在 {samples} 个模拟情形中，{share} 的净现值大于零；八成情形介于 {p10} 与 {p90} 之间。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="301" />
            <source>Made with Gui'an Compute Explorer {version}, entirely offline.</source>
            <translation>由贵安算力探索器 {version} 完全离线生成。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="306" />
            <source>Operating cost per site and year = energy + space + compute service + network + labour + charges. Energy = IT load × PUE × 8,760 h × electricity price. Saving = cost at the origin − cost at the destination. NPV = Σ cash flow in year t / (1 + r)^t.</source>
            <translation>各地区每年运营成本 = 电费 + 机柜空间 + 算力服务 + 网络带宽 + 人力 + 附加费。电费 = IT 负载 × PUE × 8,760 小时 × 电价。节省 = 迁出地成本 − 目的地成本。净现值 = Σ 第 t 年现金流 / (1 + r)^t。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="313" />
            <source>Data, method and disclaimer</source>
            <translation>数据、方法与免责声明</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="77" />
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="78" />
            <source>The case recomputed by Excel formulas</source>
            <translation>用 Excel 公式重算的测算</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="79" />
            <source>Computed in yuan by live formulas from the Inputs sheet (blue on that sheet); Excel recalculates them when the workbook opens. Change an input there and every line here follows.</source>
            <translation>以人民币元计，由“输入”工作表（该表中蓝色数值）经实时公式计算；打开工作簿时 Excel 会重新计算。修改该表中的输入，本表各行随之更新。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="83" />
            <source>Incentives, tax relief and charges are the engine's amounts per site and year, copied to the Inputs sheet: the policy rules themselves (eligibility, caps, stacking, payout lag) are not re-implemented in Excel, so they do not follow a changed input.</source>
            <translation>激励、税收减免和附加费为测算引擎按站点和年份得出的金额，已复制到“输入”工作表：政策规则本身（资格条件、封顶、不可叠加、兑付滞后）未在 Excel 中重新实现，因此不会随输入的修改而变化。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="87" />
            <source>NPV = CF0 + NPV(r, CF1…CFH): Excel's NPV() discounts its first value by one year, so year 0 is added undiscounted.</source>
            <translation>净现值 = CF0 + NPV(r, CF1…CFH)：Excel 的 NPV() 会将第一个值折现一年，因此第 0 年的现金流不折现、单独相加。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="91" />
            <source>Inputs of the Model sheet</source>
            <translation>“模型”工作表的输入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="92" />
            <source>Each value has the defined name in the first column; the Model sheet's formulas use these names. Money in yuan.</source>
            <translation>每个数值的名称（Excel 定义名称）列在第一列；“模型”工作表的公式使用这些名称。金额单位为人民币元。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="96" />
            <source>Incentives, tax relief and charges per site and year (from the engine)</source>
            <translation>各站点逐年激励、税收减免和附加费（来自测算引擎）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="99" />
            <source>In yuan, as the engine counts them for the chosen policies (incentives here exclude the what-if extra incentive, which the Model sheet adds from its input). Not formulas: the rules are not re-implemented in Excel.</source>
            <translation>单位：元，为测算引擎对所选政策计得的金额（此处激励不含假设性的额外激励，“模型”工作表根据其输入另行加上）。这些不是公式：政策规则未在 Excel 中重新实现。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="103" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="111" />
            <source>Amounts in yuan (CNY), as the inputs are; the net present value is also given in USD at {rate} CNY per USD.</source>
            <translation>金额单位：人民币元，与输入一致；净现值另按 1 美元 = {rate} 元人民币折算为美元列出。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="115" />
            <source>Line</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="118" />
            <source>kWh</source>
            <translation>千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="121" />
            <source>racks</source>
            <translation>个机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="124" />
            <source>factor</source>
            <translation>系数</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="125" />
            <source>1 = yes</source>
            <translation>1 = 是</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="129" />
            <source>The workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="130" />
            <source>IT load</source>
            <translation>IT 负载</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="131" />
            <source>Racks = ROUNDUP(IT load / rack density)</source>
            <translation>机柜数 = ROUNDUP（IT 负载 / 单机柜功率）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="132" />
            <source>Bandwidth</source>
            <translation>带宽</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="134" />
            <source>Operating year (1 from year 1)</source>
            <translation>运营年份（自第 1 年起为 1）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="135" />
            <source>Electricity escalation (1 + e_p)^(t − 1)</source>
            <translation>电价上涨系数 (1 + e_p)^(t − 1)</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="136" />
            <source>Wage escalation (1 + e_w)^(t − 1)</source>
            <translation>工资上涨系数 (1 + e_w)^(t − 1)</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="137" />
            <source>Discount factor 1 / (1 + r)^t</source>
            <translation>折现系数 1 / (1 + r)^t</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="138" />
            <source>Build period in years</source>
            <translation>建设期（年）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="139" />
            <source>Year the origin facility is rebuilt</source>
            <translation>原址设施重建的年份</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="144" />
            <source>{site} ({role})</source>
            <translation>{site}（{role}）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="145" />
            <source>Facility energy = IT load × PUE × 8,760 h</source>
            <translation>设施用电量 = IT 负载 × PUE × 8,760 小时</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="146" />
            <source>Energy = kWh × price × escalation</source>
            <translation>电费 = 用电量 × 电价 × 上涨系数</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="147" />
            <source>Space = racks × rent × MAX(1, D / D_ref) × 12</source>
            <translation>空间 = 机柜数 × 租金 × MAX(1, D / D_ref) × 12</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="148" />
            <source>Facility = build cost × IT load</source>
            <translation>设施 = 建设成本 × IT 负载</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="149" />
            <source>Space (upkeep) = maintenance rate × facility</source>
            <translation>空间（维护）= 维护费率 × 设施</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="150" />
            <source>Compute service = margin × (energy + space)</source>
            <translation>算力服务费 = 加价率 ×（电费 + 空间）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="151" />
            <source>Network = bandwidth × price × 12</source>
            <translation>网络 = 带宽 × 价格 × 12</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="152" />
            <source>Labour = staff × wage × (1 + on-cost) × escalation</source>
            <translation>人工 = 人数 × 工资 ×（1 + 社保公积金）× 上涨系数</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="153" />
            <source>Charges (engine)</source>
            <translation>附加费（引擎）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="154" />
            <source>Operating cost</source>
            <translation>运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="155" />
            <source>Investment: the facility rebuilt at the end of its life</source>
            <translation>投资：设施寿命到期时重建</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="158" />
            <source>Investment: capex over the build period, less the residual value at H</source>
            <translation>投资：建设期内的资本支出，减去第 H 年的残值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="161" />
            <source>Incentives (engine)</source>
            <translation>激励（引擎）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="162" />
            <source>Incentives (engine) + extra incentive</source>
            <translation>激励（引擎）+ 额外激励</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="163" />
            <source>Tax relief (engine)</source>
            <translation>税收减免（引擎）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="164" />
            <source>Net cost = operating cost + investment − incentives − tax relief</source>
            <translation>净成本 = 运营成本 + 投资 − 激励 − 税收减免</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="166" />
            <source>The case {origin} → {destination}</source>
            <translation>测算：{origin} → {destination}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="167" />
            <source>Saving before incentives (origin − destination operating cost)</source>
            <translation>未计激励的节省（迁出地 − 目的地运营成本）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="168" />
            <source>One-off costs of the move</source>
            <translation>一次性迁移费用</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="169" />
            <source>One-off costs (year 0)</source>
            <translation>一次性费用（第 0 年）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="170" />
            <source>Parallel running = origin operating cost in year 1 × months / 12</source>
            <translation>并行运行 = 迁出地第 1 年运营成本 × 月数 / 12</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="173" />
            <source>Parallel running (year 1)</source>
            <translation>并行运行（第 1 年）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="174" />
            <source>Sale of the origin facility = salvage share × its facility</source>
            <translation>出售原址设施 = 回收比例 × 原址设施</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="177" />
            <source>Sale of the origin facility (year 0)</source>
            <translation>出售原址设施（第 0 年）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="178" />
            <source>Cash flow = origin net − destination net + the lines above</source>
            <translation>现金流 = 迁出地净成本 − 目的地净成本 + 以上各行</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="181" />
            <source>Cumulative below zero so far</source>
            <translation>累计现金流曾低于零</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="182" />
            <source>Recovered in this year</source>
            <translation>本年回本</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="183" />
            <source>Payback if in this year</source>
            <translation>若在本年回本的回收期</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="184" />
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="185" />
            <source>Net present value = CF0 + NPV(r, CF1…CFH)</source>
            <translation>净现值 = CF0 + NPV(r, CF1…CFH)</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="186" />
            <source>Check: sum of the discounted cash flows</source>
            <translation>核对：各年折现现金流之和</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="187" />
            <source>Internal rate of return = IRR(CF0…CFH)</source>
            <translation>内部收益率 = IRR(CF0…CFH)</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="188" />
            <source>Payback (0 = immediate; #N/A = not within the horizon)</source>
            <translation>投资回收期（0 = 立即；#N/A = 测算期内未回本）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="189" />
            <source>Net present value in USD at the exchange rate</source>
            <translation>按汇率折算的净现值（美元）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/xlsx_model.py" line="190" />
            <source>The engine finds no single IRR for these cash flows (no sign change, or several rates): Excel's IRR() may show an error or one of the rates.</source>
            <translation>测算引擎对这组现金流找不到唯一的内部收益率（现金流不变号，或存在多个收益率）：Excel 的 IRR() 可能显示错误值或其中一个收益率。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/anonymise.py" line="31" />
            <source>This copy leaves out the client's own figures and every input: it shows the results only.</source>
            <translation>本版本略去客户自有数据及全部输入值，仅列示结果。</translation>
        </message>
    </context>
    <context>
        <name>RiskPanel</name>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="103" />
            <source>{amount} ({exact} yuan)</source>
            <translation>{amount}（{exact} 元）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="208" />
            <source>Sensitivity analysis (tornado chart)</source>
            <translation>敏感性分析（龙卷风图）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="209" />
            <source>Monte Carlo simulation</source>
            <translation>蒙特卡洛模拟</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="210" />
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="211" />
            <source>Number of Monte Carlo samples</source>
            <translation>蒙特卡洛模拟样本数</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="213" />
            <source>10,000 samples re-run by themselves when the inputs change; larger runs need Run.</source>
            <translation>10,000 个样本时，输入变化后会自动重新模拟；更多样本需点击“运行”。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="217" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="218" />
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="219" />
            <source>The same seed and sample count always give the same result.</source>
            <translation>相同的随机种子和样本数总会得到相同的结果。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="220" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="221" />
            <source>Run the Monte Carlo simulation</source>
            <translation>运行蒙特卡洛模拟</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="222" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="223" />
            <source>Cancel the Monte Carlo simulation</source>
            <translation>取消蒙特卡洛模拟</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="224" />
            <source>Simulation progress</source>
            <translation>模拟进度</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="225" />
            <source>Simulating…</source>
            <translation>正在模拟…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="458" />
            <source>No sensitivity analysis for this case: {reason}</source>
            <translation>本方案无法进行敏感性分析：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="468" />
            <source>NPV of moving from {origin} to {destination}, each input at its low and its high estimate with all others at base. Base NPV: {npv}.</source>
            <translation>从{origin}迁至{destination}的净现值：每个输入分别取低值和高值，其余输入取基准值。基准净现值：{npv}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="482" />
            <source>Not shown: {count} more inputs, each moving the NPV by {amount} or less.</source>
            <translation>未显示：另有 {count} 个输入，每个对净现值的影响不超过 {amount}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="487" />
            <source>Inputs that do not move this NPV: {count}.</source>
            <translation>不影响本净现值的输入：{count} 个。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="493" />
            <source>{label}: swing {swing}</source>
            <translation>{label}：波动 {swing}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="504" />
            <source>Low: {value} → NPV {npv}</source>
            <translation>低值：{value} → 净现值 {npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="507" />
            <source>Base: {value} → NPV {npv}</source>
            <translation>基准：{value} → 净现值 {npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="510" />
            <source>High: {value} → NPV {npv}</source>
            <translation>高值：{value} → 净现值 {npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="513" />
            <source>Swing: {amount}</source>
            <translation>波动幅度：{amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="522" />
            <source>NPV from {low} to {high}</source>
            <translation>净现值 {low} 至 {high}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="525" />
            <source>{count} of {samples} samples ({share})</source>
            <translation>{samples} 个样本中的 {count} 个（{share}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="535" />
            <source>P10 NPV</source>
            <translation>P10 净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="536" />
            <source>P50 NPV (median)</source>
            <translation>P50 净现值（中位数）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="537" />
            <source>P90 NPV</source>
            <translation>P90 净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="538" />
            <source>P(NPV &gt; 0)</source>
            <translation>P(净现值 &gt; 0)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="592" />
            <source>{samples} samples, seed {seed}, {inputs} uncertain inputs drawn from triangular (low, value, high) distributions. Mean {mean}.</source>
            <translation>{samples} 个样本，随机种子 {seed}，{inputs} 个不确定输入按三角分布（低值、基准值、高值）抽样。均值 {mean}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="608" />
            <source>Simulating {samples} samples…</source>
            <translation>正在模拟 {samples} 个样本…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="610" />
            <source>The simulation failed: {reason}</source>
            <translation>模拟失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="615" />
            <source>Inputs changed: updating…</source>
            <translation>输入已变化：正在更新…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="616" />
            <source>Inputs changed: run again.</source>
            <translation>输入已变化：请重新运行。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="618" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="620" />
            <source>Press Run to simulate the NPV.</source>
            <translation>点击“运行”以模拟净现值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="621" />
            <source>Finished in {seconds} s.</source>
            <translation>用时 {seconds} 秒。</translation>
        </message>
    </context>
    <context>
        <name>ScenarioBar</name>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="100" />
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="101" />
            <source>Current scenario</source>
            <translation>当前方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="102" />
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="135" />
            <source>The scenario the Calculator shows and edits</source>
            <translation>测算页显示和编辑的方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="104" />
            <source>New scenario</source>
            <translation>新建方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="104" />
            <source>Start a scenario from the defaults</source>
            <translation>以默认值新建一个方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="108" />
            <source>Duplicate scenario</source>
            <translation>复制方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="109" />
            <source>Copy the current scenario to try a variant</source>
            <translation>复制当前方案，试算另一种情形</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="111" />
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="167" />
            <source>Rename scenario</source>
            <translation>重命名方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="112" />
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="188" />
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="194" />
            <source>Delete scenario</source>
            <translation>删除方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="115" />
            <source>Set as base</source>
            <translation>设为基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="116" />
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="149" />
            <source>Compare the other scenarios against this one</source>
            <translation>其他方案都与此方案对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="118" />
            <source>Scenarios</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="131" />
            <source>{name}: the base scenario</source>
            <translation>{name}：基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="142" />
            <source>The last scenario cannot be deleted</source>
            <translation>最后一个方案不能删除</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="144" />
            <source>Delete the current scenario</source>
            <translation>删除当前方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="145" />
            <source>Give the current scenario another name</source>
            <translation>为当前方案改名</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="147" />
            <source>The current scenario is the base</source>
            <translation>当前方案就是基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="168" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="189" />
            <source>Delete the scenario “{name}”? This cannot be undone.</source>
            <translation>删除方案“{name}”？此操作无法撤销。</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="25" />
            <source>load the data pack</source>
            <translation>加载数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="26" />
            <source>compute a case</source>
            <translation>测算一个方案</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="27" />
            <source>build the main window</source>
            <translation>构建主窗口</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="29" />
            <source>evaluate every persona</source>
            <translation>测算全部示例企业</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="33" />
            <source>export a PDF and an XLSX</source>
            <translation>导出 PDF 和 XLSX 文件</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="41" />
            <source>FAIL {step}: {reason}</source>
            <translation>失败  {step}：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="45" />
            <source>The details were written to the log file {path}</source>
            <translation>详细信息已写入日志文件 {path}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="49" />
            <source>ok   {step}: {detail}</source>
            <translation>通过  {step}：{detail}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="51" />
            <source>self-test passed</source>
            <translation>自检通过</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="60" />
            <source>version {version}, {sites} sites, {policies} policies</source>
            <translation>版本 {version}，{sites} 个地区，{policies} 项政策</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="72" />
            <source>{origin} -&gt; {destination}: NPV {npv} over {years} years</source>
            <translation>{origin} → {destination}：{years} 年净现值 {npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="104" />
            <source>no demo firm could be loaded from data/personas</source>
            <translation>无法从 data/personas 加载任何示例企业</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="108" />
            <source>{count} personas: {ids}</source>
            <translation>{count} 个示例企业：{ids}</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="133" />
            <source>the PDF is not a PDF ({size} bytes)</source>
            <translation>生成的 PDF 文件无效（{size} 字节）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="139" />
            <source>the workbook is not an XLSX file ({size} bytes)</source>
            <translation>生成的工作簿不是 XLSX 文件（{size} 字节）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/self_test.py" line="143" />
            <source>PDF {pdf:,} bytes, XLSX {xlsx:,} bytes</source>
            <translation>PDF {pdf:,} 字节，XLSX {xlsx:,} 字节</translation>
        </message>
    </context>
    <context>
        <name>StillNeedDialog</name>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="135" />
            <source>Ranking what could move the NPV most…</source>
            <translation>正在排序对净现值影响最大的各项…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="159" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="160" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="163" />
            <source>Export the checklist</source>
            <translation>导出清单</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="189" />
            <location filename="../../explorer/ui/still_need_dialog.py" line="190" />
            <location filename="../../explorer/ui/still_need_dialog.py" line="191" />
            <source>What we still need from the client</source>
            <translation>还需客户提供的信息</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="192" />
            <source>Ranked list of what to ask the client</source>
            <translation>需向客户询问事项的排序清单</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="195" />
            <source>Answer a fact where its policy asks it (Policies tab), or set a figure in the Calculator: the list is ranked again. Export it as one page to send to the client.</source>
            <translation>在政策页中相应政策处回答企业情况，或在计算器中填写数字，清单会重新排序。可导出为一页发送给客户。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="199" />
            <source>Export PDF…</source>
            <translation>导出PDF…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="200" />
            <source>Export the checklist as PDF</source>
            <translation>将清单导出为PDF</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="201" />
            <source>Export Excel…</source>
            <translation>导出Excel…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="202" />
            <source>Export the checklist as an Excel workbook</source>
            <translation>将清单导出为Excel工作簿</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="203" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="204" />
            <source>Close the list</source>
            <translation>关闭清单</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/still_need_dialog.py" line="234" />
            <source>A fact that decides a policy: answer it in the Policies tab</source>
            <translation>决定政策是否适用的企业情况：请在政策页中回答</translation>
        </message>
    </context>
    <context>
        <name>Story</name>
        <message>
            <location filename="../../explorer/domain/story.py" line="45" />
            <source>Scale</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="46" />
            <source>Market</source>
            <translation>市场</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="47" />
            <source>Support</source>
            <translation>支持</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="48" />
            <source>What runs here</source>
            <translation>在这里运行的业务</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="196" />
            <source>Guizhou's computing power</source>
            <translation>贵州算力规模</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="197" />
            <source>Loans to technology firms, Sep 2024</source>
            <translation>科技企业贷款（2024年9月）</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="200" />
            <source>EFLOPS</source>
            <translation>EFLOPS</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="268" />
            <source>Beijing-Tianjin-Hebei hub</source>
            <translation>京津冀枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="271" />
            <source>Yangtze River Delta hub</source>
            <translation>长三角枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="274" />
            <source>Greater Bay Area hub</source>
            <translation>粤港澳大湾区枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="277" />
            <source>Chengdu-Chongqing hub</source>
            <translation>成渝枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="279" />
            <source>Inner Mongolia hub</source>
            <translation>内蒙古枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="280" />
            <source>Guizhou hub</source>
            <translation>贵州枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="281" />
            <source>Gansu hub</source>
            <translation>甘肃枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="282" />
            <source>Ningxia hub</source>
            <translation>宁夏枢纽</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="284" />
            <source>Zhangjiakou</source>
            <translation>张家口</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="286" />
            <source>YRD demonstration zone</source>
            <translation>长三角生态绿色一体化发展示范区</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="288" />
            <source>Wuhu</source>
            <translation>芜湖</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="289" />
            <source>Shaoguan</source>
            <translation>韶关</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="291" />
            <source>Tianfu</source>
            <translation>天府</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="293" />
            <source>Chongqing</source>
            <translation>重庆</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="295" />
            <source>Gui'an</source>
            <translation>贵安</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="298" />
            <source>Horinger</source>
            <translation>和林格尔</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="301" />
            <source>Qingyang</source>
            <translation>庆阳</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="304" />
            <source>Zhongwei</source>
            <translation>中卫</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="307" />
            <source>Beijing</source>
            <translation>北京</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="309" />
            <source>Guangdong</source>
            <translation>广东</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="313" />
            <source>Sichuan</source>
            <translation>四川</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="394" />
            <source>Electricity: {value} yuan/kWh</source>
            <translation>电价：{value} 元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="395" />
            <source>PUE: {value}</source>
            <translation>PUE：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="396" />
            <source>Rack rent: {value} yuan a month</source>
            <translation>机柜租金：每月 {value} 元</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="399" />
            <source>Grid emission factor: {value} tCO2/MWh</source>
            <translation>电网排放因子：{value} tCO2/MWh</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/story.py" line="404" />
            <source>Green power bought beyond the grid: {value}%</source>
            <translation>电网之外另购绿电：{value}%</translation>
        </message>
    </context>
    <context>
        <name>StoryView</name>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="214" />
            <source>Sources: {numbers}</source>
            <translation>来源：{numbers}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="236" />
            <source>high-tech</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="238" />
            <source>all tech firms</source>
            <translation>科技企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="329" />
            <source>Gui'an New Area: a national computing hub</source>
            <translation>贵安新区：全国一体化算力网络国家枢纽节点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="335" />
            <source>Designated a national computing hub node: {when}.</source>
            <translation>获批国家算力枢纽节点：{when}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="342" />
            <source>Goal: the largest computing clusters in China, {when}.</source>
            <translation>目标：{when}建成全国最大的算力集群。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="346" />
            <source>Goal: {goal}.</source>
            <translation>目标：{goal}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="371" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="372" />
            <source>Show or hide the full sources</source>
            <translation>显示或隐藏完整来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/story_view.py" line="373" />
            <source>Sources of the figures</source>
            <translation>数字的来源</translation>
        </message>
    </context>
    <context>
        <name>System</name>
        <message>
            <location filename="../../explorer/domain/messages.py" line="139" />
            <source>no such file or folder</source>
            <translation>文件或文件夹不存在</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="140" />
            <location filename="../../explorer/domain/messages.py" line="141" />
            <source>permission denied</source>
            <translation>没有访问权限</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="142" />
            <source>it is a folder, not a file</source>
            <translation>这是文件夹，不是文件</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="143" />
            <source>a part of the path is a file, not a folder</source>
            <translation>路径中的某一级是文件，不是文件夹</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="144" />
            <source>a file or folder of that name already exists</source>
            <translation>已存在同名的文件或文件夹</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="145" />
            <source>the folder is not empty</source>
            <translation>文件夹不为空</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="146" />
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="147" />
            <source>the disk quota is used up</source>
            <translation>磁盘配额已用完</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="148" />
            <source>the file is too large</source>
            <translation>文件过大</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="149" />
            <source>the disk is read-only</source>
            <translation>磁盘为只读</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="150" />
            <source>the file name or path is too long</source>
            <translation>文件名或路径过长</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="151" />
            <source>the file name is not valid</source>
            <translation>文件名无效</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="152" />
            <source>the file or device is busy</source>
            <translation>文件或设备正忙</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="153" />
            <location filename="../../explorer/domain/messages.py" line="154" />
            <source>too many files are open</source>
            <translation>打开的文件过多</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="155" />
            <source>input/output error: the disk or network drive failed</source>
            <translation>输入/输出错误：磁盘或网络驱动器出现故障</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="156" />
            <source>too many levels of symbolic links</source>
            <translation>符号链接层级过多</translation>
        </message>
        <message>
            <location filename="../../explorer/domain/messages.py" line="159" />
            <source>the file is open in another program</source>
            <translation>文件正被其他程序占用</translation>
        </message>
    </context>
    <context>
        <name>TornadoChart</name>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="163" />
            <source>Input low</source>
            <translation>输入取低值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="164" />
            <source>Input high</source>
            <translation>输入取高值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="165" />
            <source>Base NPV</source>
            <translation>基准净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="168" />
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="170" />
            <source>Tornado chart of NPV by input</source>
            <translation>各输入对净现值影响的龙卷风图</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="21" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="22" />
            <source>yuan/yr</source>
            <translation>元/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="23" />
            <source>yuan/rack</source>
            <translation>元/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="24" />
            <source>yuan/TB</source>
            <translation>元/TB</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="25" />
            <source>yuan/day</source>
            <translation>元/天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="26" />
            <source>yuan/person</source>
            <translation>元/人</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="27" />
            <source>yuan/kWh</source>
            <translation>元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="28" />
            <source>yuan/rack/month</source>
            <translation>元/机柜/月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="29" />
            <source>yuan/Mbps/month</source>
            <translation>元/Mbps/月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="30" />
            <source>yuan/person/yr</source>
            <translation>元/人/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="31" />
            <source>yuan/kW</source>
            <translation>元/千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="33" />
            <source>%/yr</source>
            <translation>%/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="35" />
            <source>kW</source>
            <translation>千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="36" />
            <source>kW/rack</source>
            <translation>千瓦/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="37" />
            <source>Mbps</source>
            <translation>Mbps</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="39" />
            <source>persons</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="40" />
            <source>ms</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="41" />
            <source>TB</source>
            <translation>TB</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="42" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="43" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="44" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="45" />
            <source>CNY per USD</source>
            <translation>元/美元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="46" />
            <source>tCO2/MWh</source>
            <translation>吨CO₂/兆瓦时</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="34" />
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="35" />
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="36" />
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="37" />
            <source>show this help message and exit</source>
            <translation>显示本帮助信息并退出</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="38" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="39" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="40" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>未知命令 %(parser_name)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="41" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>无法打开“%(filename)s”：%(error)s</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="42" />
            <source>argument "-" with mode %r</source>
            <translation>参数“-”不能用于模式 %r</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="43" />
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="44" />
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="45" />
            <source>ignored explicit argument %r</source>
            <translation>已忽略显式给出的参数值 %r</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="46" />
            <source>the following arguments are required: %s</source>
            <translation>缺少以下必需参数：%s</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="47" />
            <source>one of the arguments %s is required</source>
            <translation>必须给出参数 %s 之一</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="48" />
            <source>expected one argument</source>
            <translation>需要一个参数值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="49" />
            <source>expected at most one argument</source>
            <translation>最多只能有一个参数值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="50" />
            <source>expected at least one argument</source>
            <translation>至少需要一个参数值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="51" />
            <source>expected %s argument</source>
            <translation>需要 %s 个参数值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="52" />
            <source>expected %s arguments</source>
            <translation>需要 %s 个参数值</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="53" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="54" />
            <source>unexpected option string: %s</source>
            <translation>意外的选项：%s</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="55" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <location filename="../../explorer/cli/argparse_qt.py" line="56" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的取值：%(value)r（可选：%(choices)s）</translation>
        </message>
    </context>
</TS>